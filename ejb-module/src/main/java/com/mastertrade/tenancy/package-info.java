/**
 * Tenants (resellers) and the isolation between them. Each tenant's data lives in its own PostgreSQL
 * schema; {@link com.mastertrade.tenancy.TenantSchemaConnector} points every database connection lease at the
 * schema of the current store ({@link com.mastertrade.shared.tenant.TenantContext}, below every feature), so
 * isolation holds below every service. Platform tables (schema {@code platform}) are always schema-qualified.
 * Other features never pick a schema themselves: they run inside a tenant context that the web layer,
 * a batch step or {@link com.mastertrade.tenancy.Tenants} opened for them. Opening a store announces
 * {@link com.mastertrade.tenancy.StoreOpening}; the features that set a store up observe it (this package calls
 * none of them).
 */
package com.mastertrade.tenancy;
