package com.mastertrade.licensing;

import com.mastertrade.catalog.LicenseType;
import java.time.Instant;

/**
 * What a licence call found, as the licence API answers it. {@code valid}: the licence is in force;
 * {@code allowed}: the program may run on this device (it holds a slot of a licence in force). {@code product}
 * is the licence's product (SKU), so that a signed answer cannot be passed off for another product. Licence
 * fields are null for {@code NOT_FOUND}.
 */
public record LicenseCheck(
        ValidityCode code,
        boolean allowed,
        LicenseStatus status,
        LicenseType type,
        Instant expiry,
        Integer used,
        Integer max,
        String product) {

    public static LicenseCheck notFound() {
        return new LicenseCheck(ValidityCode.NOT_FOUND, false, null, null, null, null, null, null);
    }

    /** The licence's answer to a device that holds its slot when the code lets it run. */
    static LicenseCheck of(ValidityCode code, License license, String product) {
        return new LicenseCheck(
                code,
                runs(code),
                license.status(),
                license.type(),
                license.expiry().orElse(null),
                license.activationsCount(),
                license.maxActivations(),
                product);
    }

    static LicenseCheck of(ValidityCode code, Standing standing, LicenseType type, int used, int max, String product) {
        return new LicenseCheck(code, runs(code), standing.status(), type, standing.expiry(), used, max, product);
    }

    /** The same answer for a device that has just given its slot back: it may no longer run. */
    LicenseCheck withoutSlot() {
        return new LicenseCheck(code, false, status, type, expiry, used, max, product);
    }

    public boolean valid() {
        return code.licenseInForce();
    }

    private static boolean runs(ValidityCode code) {
        return code == ValidityCode.VALID || code == ValidityCode.IN_GRACE_PERIOD;
    }
}
