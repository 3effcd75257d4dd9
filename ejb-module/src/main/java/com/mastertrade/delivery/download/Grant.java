package com.mastertrade.delivery.download;

import com.mastertrade.delivery.Release;
import java.time.Instant;

/**
 * A request of a download link that may be served, and what it serves: the verified token and the release's
 * file as stored now.
 */
public record Grant(
        DownloadToken token,
        String blobKey,
        String fileName,
        long size,
        String sha256,
        String version,
        Instant publishedAt) {

    static Grant of(DownloadToken token, Release release) {
        return new Grant(
                token,
                release.blobKey(),
                release.fileName(),
                release.size(),
                release.sha256(),
                release.version(),
                release.publishedAt());
    }

    /** The strong entity tag of the file: its SHA-256, quoted. */
    public String entityTag() {
        return "\"" + sha256 + "\"";
    }
}
