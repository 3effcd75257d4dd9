package com.mastertrade.web.payment;

import static com.mastertrade.shared.http.Bodies.require;
import static com.mastertrade.web.shared.Owned.Kind.ORDER;

import com.mastertrade.payment.OrderFilter;
import com.mastertrade.payment.OrderKind;
import com.mastertrade.payment.OrderStatus;
import com.mastertrade.payment.Orders;
import com.mastertrade.payment.PaymentProvider;
import com.mastertrade.shared.InvalidInputException;
import com.mastertrade.shared.Page;
import com.mastertrade.shared.PageRequest;
import com.mastertrade.shared.http.MultiLine;
import com.mastertrade.shared.http.WholeNumbers;
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
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The store's orders for its staff: search and read them; administrators refund. */
@Path("/admin/orders")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "support"})
@SecurityRequirement(name = "jwt")
@Tag(name = "Admin")
public class AdminOrdersResource {

    @Inject
    Orders orders;

    @Inject
    Refunds refunds;

    @Inject
    OrderViews views;

    @Inject
    CurrentRequest current;

    @GET
    @Operation(summary = "The store's orders, newest first: ?status ?provider ?kind ?user_id ?product_id ?page ?size")
    public Page<OrderView> list(
            @QueryParam("status") String status,
            @QueryParam("provider") String provider,
            @QueryParam("kind") String kind,
            @QueryParam("user_id") String userId,
            @QueryParam("product_id") String productId,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        OrderFilter filter = new OrderFilter(
                given(status)
                        .map(s -> OrderStatus.find(s)
                                .orElseThrow(() -> new InvalidInputException(
                                        "status", "status is pending, paid, failed or refunded"))),
                given(provider).map(PaymentProvider::fromApiName),
                given(kind)
                        .map(k -> OrderKind.find(k)
                                .orElseThrow(() -> new InvalidInputException("kind", "kind is purchase or renewal"))),
                given(userId).map(u -> WholeNumbers.parse("user_id", u)),
                given(productId).map(p -> WholeNumbers.parse("product_id", p)));
        return views.page(orders.page(filter, PageRequest.parse(page, size)));
    }

    private static Optional<String> given(String parameter) {
        return Optional.ofNullable(parameter).map(String::strip).filter(p -> !p.isEmpty());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An order of the store, with its transitions and payments")
    public OrderView get(@PathParam("id") @Owned(ORDER) long id) {
        return views.detail(orders.get(id));
    }

    /** The body of the refund action. */
    public record RefundRequest(@MultiLine String reason) {}

    @POST
    @Path("/{id}/refund")
    @RolesAllowed("admin")
    @Operation(
            summary = "Refund a paid order in full through its provider, within the refund window after its "
                    + "payment (MT_REFUND_WINDOW_DAYS, 14 by default): the licence is revoked (a renewal's days taken back), "
                    + "the customer e-mailed, the reason audited. 409 ORDER_NOT_PAID, 409 REFUND_WINDOW_CLOSED, "
                    + "503 PROVIDER_UNAVAILABLE (nothing changed)")
    public OrderView refund(@PathParam("id") @Owned(ORDER) long id, RefundRequest body) {
        return views.detail(refunds.refund(id, require(body).reason(), current.actor()));
    }
}
