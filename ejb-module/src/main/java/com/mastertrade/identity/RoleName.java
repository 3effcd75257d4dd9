package com.mastertrade.identity;

import java.util.Locale;

/**
 * Roles, weakest first. {@code superadmin} is the Mastertrade operator, never given inside a store;
 * {@code admin} is the reseller's staff with every right in the store, {@code support} reads and helps.
 */
public enum RoleName {
    USER,
    SUPPORT,
    ADMIN,
    SUPERADMIN;

    /** The name used in tokens, roles tables and the API. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RoleName fromApiName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    public boolean isStaff() {
        return this != USER;
    }
}
