/**
 * The store the current thread works for: {@link com.mastertrade.shared.tenant.TenantContext} and the small
 * values that name a store ({@link com.mastertrade.shared.tenant.TenantRef}, its slug and status). Below every
 * feature, so that any of them (audit, notification, identity...) can ask which store it writes for without
 * depending on {@code tenancy}, which opens, lists and isolates stores.
 */
package com.mastertrade.shared.tenant;
