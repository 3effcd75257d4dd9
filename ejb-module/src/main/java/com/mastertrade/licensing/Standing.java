package com.mastertrade.licensing;

import java.time.Duration;
import java.time.Instant;

/** What decides whether a licence is in force at an instant, whatever the device: its status, expiry and grace. */
record Standing(LicenseStatus status, Instant expiry, int graceDays) {

    ValidityCode at(Instant now) {
        return switch (status) {
            case REVOKED -> ValidityCode.REVOKED;
            case SUSPENDED -> ValidityCode.SUSPENDED;
            case TRIAL -> now.isBefore(expiry) ? ValidityCode.VALID : ValidityCode.TRIAL_EXPIRED;
            default -> {
                if (expiry == null || now.isBefore(expiry)) {
                    yield ValidityCode.VALID;
                }
                yield now.isBefore(expiry.plus(Duration.ofDays(graceDays)))
                        ? ValidityCode.IN_GRACE_PERIOD
                        : ValidityCode.EXPIRED;
            }
        };
    }
}
