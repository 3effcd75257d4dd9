package com.mastertrade.licensing;

/** The answer codes of the licence API, as WinDev programs switch on them. */
public enum ValidityCode {
    VALID,
    IN_GRACE_PERIOD,
    NOT_FOUND,
    EXPIRED,
    REVOKED,
    SUSPENDED,
    TRIAL_EXPIRED,
    TOO_MANY_ACTIVATIONS,
    PRODUCT_MISMATCH;

    /** The licence itself is in force (the device may still lack a slot). */
    public boolean licenseInForce() {
        return this == VALID || this == IN_GRACE_PERIOD || this == TOO_MANY_ACTIVATIONS;
    }
}
