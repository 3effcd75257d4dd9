package com.mastertrade.web.payment;

import static com.mastertrade.shared.http.Bodies.require;
import static com.mastertrade.web.shared.Owned.Kind.ORDER;

import com.mastertrade.payment.Orders;
import com.mastertrade.shared.Page;
import com.mastertrade.shared.PageRequest;
import com.mastertrade.web.shared.CurrentRequest;
import com.mastertrade.web.shared.Owned;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A customer's orders: placing one opens the provider's hosted checkout, where the customer pays. */
@Path("/orders")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"user", "support", "admin"})
@SecurityRequirement(name = "jwt")
@Tag(name = "Orders")
public class OrdersResource {

    @Inject
    Checkouts checkouts;

    @Inject
    OrderPlacement placement;

    @Inject
    Orders orders;

    @Inject
    OrderViews views;

    @Inject
    CurrentRequest current;

    @POST
    @Operation(
            summary =
                    "Order a product (or renew your licence with renews_license_id) through an enabled provider, "
                            + "at the catalogue's price: 201 with the pending order and its checkout_url. 409 PROVIDER_NOT_ENABLED, "
                            + "501 PROVIDER_NOT_SUPPORTED, 503 PROVIDER_UNAVAILABLE (the order stays pending: Location names it)")
    @APIResponse(responseCode = "201", description = "The pending order, with checkout_url")
    @APIResponse(responseCode = "503", description = "The provider is down; the order is pending, retry its checkout")
    public Response place(OrderRequest body, @Context UriInfo uri) {
        require(body);
        return placement.place(body.toNewOrder(), uri);
    }

    @POST
    @Path("/{id}/checkout")
    @Operation(summary = "Open the checkout of your pending order again (after a 503), or get the one already open")
    @APIResponse(responseCode = "200", description = "The pending order, with checkout_url")
    public Response checkout(@PathParam("id") @Owned(ORDER) long id, @Context UriInfo uri) {
        try {
            return Response.ok(views.detail(checkouts.open(id, current.caller())))
                    .build();
        } catch (CheckoutNotOpenedException e) {
            return CheckoutUnavailable.answer(e, uri);
        }
    }

    @GET
    @Operation(summary = "Your orders, newest first")
    public Page<OrderView> mine(@QueryParam("page") String page, @QueryParam("size") String size) {
        return views.page(orders.ofUser(current.caller().userId(), PageRequest.parse(page, size)));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An order with its transitions and payments: your own, or any for support and admin staff")
    public OrderView get(@PathParam("id") @Owned(ORDER) long id) {
        return views.detail(orders.get(id, current.caller()));
    }
}
