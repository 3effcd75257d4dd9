package com.mastertrade.web.payment;

import static com.mastertrade.web.shared.Owned.Kind.USER;

import com.mastertrade.payment.Orders;
import com.mastertrade.shared.Page;
import com.mastertrade.shared.PageRequest;
import com.mastertrade.web.shared.Owned;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/users/{id}/orders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"user", "support", "admin"})
@SecurityRequirement(name = "jwt")
@Tag(name = "Orders")
public class UserOrdersResource {

    @Inject
    Orders orders;

    @Inject
    OrderViews views;

    @GET
    @Operation(summary = "A user's orders, newest first: your own, or anyone's for staff")
    public Page<OrderView> ofUser(
            @PathParam("id") @Owned(USER) long userId,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return views.page(orders.ofUser(userId, PageRequest.parse(page, size)));
    }
}
