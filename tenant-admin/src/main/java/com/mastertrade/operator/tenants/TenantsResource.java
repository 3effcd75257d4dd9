package com.mastertrade.operator.tenants;

import static com.mastertrade.shared.http.Bodies.require;

import com.mastertrade.shared.Actor;
import com.mastertrade.shared.Page;
import com.mastertrade.shared.PageRequest;
import com.mastertrade.shared.http.ClientAddress;
import com.mastertrade.shared.http.RequestId;
import com.mastertrade.shared.tenant.TenantSlug;
import com.mastertrade.tenancy.Tenants;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/tenants")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("superadmin")
@Tag(name = "Operator")
public class TenantsResource {

    @Inject
    Tenants tenants;

    @Inject
    JsonWebToken token;

    @POST
    @Operation(summary = "Open a store: its schema, its first administrator; 409 if the slug or a domain is taken")
    public Response open(OpenTenantRequest body, @Context UriInfo uri) {
        require(body);
        TenantView tenant = TenantView.of(tenants.provision(body.toNewTenant(), operator()));
        return Response.created(uri.getAbsolutePathBuilder().path(tenant.slug()).build())
                .entity(tenant)
                .build();
    }

    @GET
    @Operation(summary = "Every tenant, oldest first")
    public Page<TenantView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return tenants.list(PageRequest.parse(page, size)).map(TenantView::of);
    }

    @POST
    @Path("/{slug}/suspend")
    @Operation(summary = "Close a store: its pages and API answer 403 TENANT_SUSPENDED until resumed")
    public TenantView suspend(@PathParam("slug") String slug) {
        return TenantView.of(tenants.suspend(new TenantSlug(slug), operator()));
    }

    @POST
    @Path("/{slug}/resume")
    @Operation(summary = "Reopen a suspended store")
    public TenantView resume(@PathParam("slug") String slug) {
        return TenantView.of(tenants.resume(new TenantSlug(slug), operator()));
    }

    private Actor operator() {
        return new Actor(
                Long.valueOf(token.getSubject()), token.getName(), ClientAddress.current(), RequestId.current());
    }
}
