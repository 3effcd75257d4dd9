package com.mastertrade.delivery.download;

import java.time.Instant;
import java.util.Optional;

/** Which downloads of the store staff want to see; every part optional. */
public record DownloadFilter(
        Optional<Long> userId,
        Optional<Long> licenseId,
        Optional<Long> releaseId,
        Optional<Boolean> complete,
        Optional<Instant> from,
        Optional<Instant> to) {

    public static DownloadFilter ofUser(long userId) {
        return new DownloadFilter(
                Optional.of(userId),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }
}
