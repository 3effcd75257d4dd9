package com.mastertrade.web.licensing;

import com.mastertrade.licensing.LicenseActivation;
import java.time.Instant;

/** A device holding a slot of a licence, as its owner and the store's staff see it. */
public record ActivationView(
        String deviceId, String deviceName, String appVersion, Instant createdAt, Instant lastSeenAt) {

    static ActivationView of(LicenseActivation activation) {
        return new ActivationView(
                activation.deviceId(),
                activation.deviceName(),
                activation.appVersion(),
                activation.createdAt(),
                activation.lastSeenAt());
    }
}
