package com.mastertrade.web.payment;

import com.mastertrade.shared.http.ErrorBody;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * 503 {@code PROVIDER_UNAVAILABLE} for an order placed whose checkout could not open: the error of every call,
 * plus {@code Location} (the pending order, whose checkout can be opened again) and {@code Retry-After}.
 */
final class CheckoutUnavailable {

    static final int RETRY_AFTER_SECONDS = 30;

    private CheckoutUnavailable() {}

    static Response answer(CheckoutNotOpenedException e, UriInfo uri) {
        return Response.status(e.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .location(uri.getBaseUriBuilder().path("orders/{id}").build(e.orderId()))
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .entity(ErrorBody.of(e.code(), e.getMessage(), null))
                .build();
    }
}
