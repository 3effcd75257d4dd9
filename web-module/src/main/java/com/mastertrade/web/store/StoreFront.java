package com.mastertrade.web.store;

import com.mastertrade.shared.tenant.TenantContext;
import com.mastertrade.shared.tenant.TenantRef;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** What the landing page shows: the store of the request, or the platform itself when there is none. */
@Named
@RequestScoped
public class StoreFront {

    public boolean isStore() {
        return TenantContext.current().isPresent();
    }

    public String getName() {
        return TenantContext.current().map(TenantRef::name).orElse("Mastertrade");
    }

    /** The prefix of this store's API as the visitor reached it. */
    public String getApiBase() {
        return TenantContext.current().map(t -> "/t/" + t.slug() + "/api").orElse("/api");
    }
}
