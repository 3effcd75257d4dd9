package com.mastertrade.catalog;

import com.mastertrade.shared.tenant.TenantContext;

/** A store's products changed (created, described, priced, published, hidden, a new installer): its shelf is stale. */
public record CatalogChanged(long storeId) {

    static CatalogChanged ofThisStore() {
        return new CatalogChanged(TenantContext.require().id());
    }
}
