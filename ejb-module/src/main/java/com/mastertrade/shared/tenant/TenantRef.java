package com.mastertrade.shared.tenant;

import java.util.Objects;

/** An immutable snapshot of a tenant, cheap to pass around and safe to cache for a request. */
public record TenantRef(long id, TenantSlug slug, String name, TenantStatus status) {

    public TenantRef {
        Objects.requireNonNull(slug, "Tenant slug is required.");
        Objects.requireNonNull(name, "Tenant name is required.");
        Objects.requireNonNull(status, "Tenant status is required.");
    }

    public String schema() {
        return slug.schema();
    }

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }

    /** A store still being opened may not have its schema yet; every other store has one, suspended or not. */
    public boolean hasSchema() {
        return status != TenantStatus.PROVISIONING;
    }
}
