package com.mastertrade.tenancy;

import com.mastertrade.shared.tenant.TenantRef;

/** A tenant's status or domains changed; caches drop it once the change is committed. */
public record TenantChanged(TenantRef tenant) {}
