/**
 * Tenants (resellers) and the isolation between them. Each tenant's data lives in its own PostgreSQL
 * schema; {@link com.mastertrade.tenancy.TenantContext} says which tenant the current thread works for and
 * {@link com.mastertrade.tenancy.TenantSchemaConnector} points every database connection lease at that
 * schema, below every service. Platform tables (schema {@code platform}) are always schema-qualified.
 * Other features never pick a schema themselves: they run inside a tenant context that the web layer,
 * a batch step or {@link com.mastertrade.tenancy.Tenants} opened for them.
 */
package com.mastertrade.tenancy;
