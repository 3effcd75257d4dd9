package com.mastertrade.web.licensing;

import com.mastertrade.licensing.License;
import java.time.Instant;

/** A licence as the store API shows it (API.md): never its activations' details. */
public record LicenseView(
        long id,
        String key,
        long productId,
        Long userId,
        String status,
        String type,
        Instant expiryDate,
        int maxActivations,
        int activationsCount,
        Instant createdAt,
        Instant renewedAt) {

    static LicenseView of(License license) {
        return new LicenseView(
                license.id(),
                license.key().value(),
                license.productId(),
                license.userId().orElse(null),
                license.status().apiName(),
                license.type().apiName(),
                license.expiry().orElse(null),
                license.maxActivations(),
                license.activationsCount(),
                license.createdAt(),
                license.renewedAt().orElse(null));
    }
}
