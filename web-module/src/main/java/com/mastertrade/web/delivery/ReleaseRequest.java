package com.mastertrade.web.delivery;

import com.mastertrade.delivery.ReleaseChannel;
import com.mastertrade.delivery.ReleaseDescription;
import com.mastertrade.delivery.ReleaseVersion;
import com.mastertrade.shared.InvalidInputException;
import com.mastertrade.shared.http.MultiLine;

/**
 * The body of {@code POST /api/admin/products/{id}/releases}: {@code version} and {@code upload} (the id at the
 * end of the upload's Location) are required; {@code platform} is {@code windows} and {@code channel}
 * {@code stable} unless said. Size and SHA-256 are never taken from here: the server computes them.
 */
public record ReleaseRequest(
        String version,
        String platform,
        String channel,
        @MultiLine String changelog,
        String upload,
        Boolean mandatory) {

    ReleaseDescription description() {
        return new ReleaseDescription(
                ReleaseVersion.of("version", version),
                platform,
                channelOf(channel),
                changelog,
                Boolean.TRUE.equals(mandatory));
    }

    String uploadId() {
        if (upload == null || upload.isBlank()) {
            throw new InvalidInputException(
                    "upload", "upload is the id of a resumable upload (POST /api/admin/uploads)");
        }
        return upload.strip();
    }

    static ReleaseChannel channelOf(String channel) {
        if (channel == null) {
            return ReleaseChannel.STABLE;
        }
        return ReleaseChannel.parse(channel)
                .orElseThrow(() -> new InvalidInputException("channel", "channel is stable or beta"));
    }
}
