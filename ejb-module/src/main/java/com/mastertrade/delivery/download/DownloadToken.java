package com.mastertrade.delivery.download;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What a download link grants, as its signed token carries it (ADR 0014): one release of one store, for one
 * licence and the user it was made for, until an instant, optionally only from one client address. The token
 * id names the link: the quota counts a link once however many ranged requests resume it, and the download log
 * groups its requests.
 *
 * @param userId       the signed-in customer who asked, or empty for a program's update check of a licence
 *                     that belongs to nobody
 * @param boundAddress the only client address the link serves, or empty
 */
public record DownloadToken(
        long storeId,
        long licenseId,
        long releaseId,
        Optional<Long> userId,
        Instant expiresAt,
        UUID tokenId,
        Optional<String> boundAddress) {

    public DownloadToken {
        Objects.requireNonNull(userId, "User is required (empty for none).");
        Objects.requireNonNull(expiresAt, "Expiry is required.");
        Objects.requireNonNull(tokenId, "Token id is required.");
        Objects.requireNonNull(boundAddress, "Bound address is required (empty for none).");
        expiresAt = Instant.ofEpochSecond(expiresAt.getEpochSecond());
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** Whether a request from this client address may use the link. */
    public boolean servesAddress(String clientAddress) {
        return boundAddress.map(bound -> bound.equals(clientAddress)).orElse(true);
    }
}
