package com.mastertrade.shared.tenant;

/** A tenant is provisioned once, then serves while active; a suspended store answers 403. */
public enum TenantStatus {
    PROVISIONING,
    ACTIVE,
    SUSPENDED;

    public String apiName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
