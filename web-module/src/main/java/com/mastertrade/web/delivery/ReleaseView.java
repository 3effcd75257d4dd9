package com.mastertrade.web.delivery;

import com.mastertrade.delivery.Release;
import java.time.Instant;

/**
 * A release as the API shows it; {@code size} and {@code sha256} are the server's, computed from the stored
 * bytes (null while a draft's upload is not complete).
 */
public record ReleaseView(
        long id,
        long productId,
        String version,
        String platform,
        String channel,
        Long size,
        String sha256,
        String fileName,
        String changelog,
        String status,
        boolean current,
        boolean mandatory,
        Instant createdAt,
        Instant publishedAt) {

    static ReleaseView of(Release release) {
        return new ReleaseView(
                release.id(),
                release.productId(),
                release.version(),
                release.platform(),
                release.channel().apiName(),
                release.hasFile() ? release.size() : null,
                release.sha256(),
                release.fileName(),
                release.changelog(),
                release.status().apiName(),
                release.isCurrent(),
                release.isMandatory(),
                release.createdAt(),
                release.publishedAt());
    }
}
