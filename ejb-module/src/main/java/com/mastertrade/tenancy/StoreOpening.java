package com.mastertrade.tenancy;

import com.mastertrade.shared.tenant.TenantRef;

/**
 * Fired while a store is provisioned, inside its tenant context and before it opens, so that features can
 * set up what every store needs (its first administrator, signing keys, default settings). Observers run
 * synchronously, each in a transaction of its own (provisioning itself has none); they must be idempotent,
 * because an interrupted provisioning is finished by repeating it. A failing observer stops the store from
 * opening.
 */
public record StoreOpening(TenantRef tenant, NewTenant.StoreOwner owner) {}
