package com.mastertrade.licensing;

import com.mastertrade.catalog.LicenseType;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A licence as one device sees it, read without a lock: enough to answer, with no write, the validations that
 * change no slot (a device that holds its slot, a licence not in force, another product). Only a device
 * that needs a slot goes through the locked {@link DeviceSlots#validate}.
 */
record LicenseOnDevice(
        Standing standing,
        LicenseType type,
        int maxActivations,
        int activationsCount,
        String productSku,
        Long activationId,
        Instant lastSeenAt,
        String appVersion) {

    /** How stale a device's "last seen" may get before a validation writes it again. */
    static final Duration SIGHTING_INTERVAL = Duration.ofMinutes(5);

    /** The answer when no slot is to be taken; empty when the device needs one. */
    Optional<LicenseCheck> answer(Optional<String> askedSku, Instant now) {
        if (DeviceSlots.isOtherProduct(askedSku, productSku)) {
            return Optional.of(check(ValidityCode.PRODUCT_MISMATCH));
        }
        ValidityCode code = standing.at(now);
        if (!code.licenseInForce() || holdsSlot()) {
            return Optional.of(check(code));
        }
        return Optional.empty();
    }

    boolean holdsSlot() {
        return activationId != null;
    }

    /** Whether this validation is worth a write: the device was last seen long ago, or runs another version. */
    boolean sightingDue(String version, Instant now) {
        String kept = LicenseActivation.version(version);
        return holdsSlot()
                && (lastSeenAt.plus(SIGHTING_INTERVAL).isBefore(now) || (kept != null && !kept.equals(appVersion)));
    }

    private LicenseCheck check(ValidityCode code) {
        return LicenseCheck.of(code, standing, type, activationsCount, maxActivations, productSku);
    }
}
