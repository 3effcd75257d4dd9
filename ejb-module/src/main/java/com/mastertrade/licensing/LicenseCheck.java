package com.mastertrade.licensing;

import com.mastertrade.catalog.LicenseType;
import java.time.Instant;

/**
 * What a validation found, as the licence API answers it. {@code valid}: the licence is in force;
 * {@code allowed}: the program may run on this device (it holds a slot). Licence fields are null for
 * {@code NOT_FOUND}.
 */
public record LicenseCheck(ValidityCode code, LicenseStatus status, LicenseType type, Instant expiry,
        Integer used, Integer max) {

    public static LicenseCheck notFound() {
        return new LicenseCheck(ValidityCode.NOT_FOUND, null, null, null, null, null);
    }

    static LicenseCheck of(ValidityCode code, License license) {
        return new LicenseCheck(code, license.status(), license.type(), license.expiry().orElse(null),
                license.activationsCount(), license.maxActivations());
    }

    public boolean valid() {
        return code.licenceInForce();
    }

    public boolean allowed() {
        return code == ValidityCode.VALID || code == ValidityCode.IN_GRACE_PERIOD;
    }
}
