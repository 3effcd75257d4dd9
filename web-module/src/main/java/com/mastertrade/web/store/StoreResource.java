package com.mastertrade.web.store;

import com.mastertrade.shared.tenant.TenantContext;
import com.mastertrade.shared.tenant.TenantRef;
import com.mastertrade.tenancy.StoreBrandings;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The store's public face, for anyone (an app, a script, a front end of the reseller's own). */
@Path("/store")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Store")
public class StoreResource {

    @Inject
    StoreBrandings brandings;

    @GET
    @Operation(summary = "The store's name and branding: logo, favicon, colours, tagline, footer, contact, legal texts")
    public StoreView get() {
        TenantRef store = TenantContext.require();
        return StoreView.of(store, brandings.of(store));
    }
}
