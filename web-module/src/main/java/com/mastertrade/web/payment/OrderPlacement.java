package com.mastertrade.web.payment;

import com.mastertrade.payment.NewOrder;
import com.mastertrade.web.shared.CurrentRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The answer to a customer placing an order, whichever path placed it ({@code POST /api/orders},
 * {@code POST /api/licenses/{id}/renew}): 201 with the pending order and its checkout, or 503 with the order
 * still pending when the provider is down.
 */
@ApplicationScoped
class OrderPlacement {

    @Inject
    Checkouts checkouts;

    @Inject
    OrderViews views;

    @Inject
    CurrentRequest current;

    Response place(NewOrder order, UriInfo uri) {
        try {
            OrderView placed = views.detail(checkouts.place(order, current.caller()));
            return Response.created(uri.getBaseUriBuilder().path("orders/{id}").build(placed.id()))
                    .entity(placed)
                    .build();
        } catch (CheckoutNotOpenedException e) {
            return CheckoutUnavailable.answer(e, uri);
        }
    }
}
