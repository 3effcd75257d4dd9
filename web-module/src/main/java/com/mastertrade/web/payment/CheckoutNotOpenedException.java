package com.mastertrade.web.payment;

import com.mastertrade.payment.ProviderUnavailableException;

/**
 * 503: the order is placed and stays pending, but its provider could not open the checkout; the customer retries
 * with {@code POST /api/orders/{id}/checkout}.
 */
public class CheckoutNotOpenedException extends ProviderUnavailableException {

    private static final long serialVersionUID = 1L;

    private final long orderId;

    public CheckoutNotOpenedException(long orderId, ProviderUnavailableException cause) {
        super(
                "Order " + orderId + " is placed but its payment page could not be opened: " + cause.getMessage()
                        + "; try again with POST /api/orders/" + orderId + "/checkout",
                cause);
        this.orderId = orderId;
    }

    public long orderId() {
        return orderId;
    }
}
