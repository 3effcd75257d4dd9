package com.mastertrade.payment;

import java.net.URI;
import java.util.Map;

/**
 * A hosted checkout opened at the provider: where to send the customer, the provider's reference of the
 * payment (Stripe session id, PayPal order id, Orange Money {@code notif_token}...) and whatever else the
 * provider will need later (Orange Money's {@code pay_token}), kept with the order.
 */
public record Checkout(URI url, String providerReference, Map<String, String> details) {

    public Checkout {
        details = Map.copyOf(details);
    }
}
