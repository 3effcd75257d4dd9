package com.mastertrade.web.delivery;

import com.mastertrade.delivery.download.Download;
import java.time.Instant;

/**
 * A row of the download log: {@code bytes} reached the client from {@code range_start}; {@code complete} when
 * the customer has every byte of the file; {@code redirected} when the object store or the front proxy sent
 * the bytes.
 */
public record DownloadView(
        long id,
        long releaseId,
        String version,
        long licenseId,
        Long userId,
        String ip,
        Instant at,
        Instant finishedAt,
        long rangeStart,
        long bytes,
        boolean complete,
        boolean redirected) {

    static DownloadView of(Download download) {
        return new DownloadView(
                download.id(),
                download.releaseId(),
                download.version(),
                download.licenseId(),
                download.userId().orElse(null),
                download.ipAddress(),
                download.startedAt(),
                download.finishedAt().orElse(null),
                download.rangeStart(),
                download.bytesSent(),
                download.isComplete(),
                download.isRedirected());
    }
}
