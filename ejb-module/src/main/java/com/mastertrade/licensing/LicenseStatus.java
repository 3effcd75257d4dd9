package com.mastertrade.licensing;

import java.util.Locale;

/** Where a licence stands; {@code expired} is also derived from the expiry date at each check. */
public enum LicenseStatus {
    ACTIVE,
    EXPIRED,
    REVOKED,
    TRIAL,
    SUSPENDED;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LicenseStatus fromApiName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
