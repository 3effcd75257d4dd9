package com.mastertrade.payment;

import com.mastertrade.shared.Language;
import com.mastertrade.shared.Money;
import java.net.URI;

/** An order of the demo store as the orders would send it to a gateway. */
public final class SampleOrders {

    public static final String REFERENCE = "MT-ORD-1001";
    public static final URI RETURN_URL = URI.create("https://demo.mastertrade.test/orders/1001/return");
    public static final URI CANCEL_URL = URI.create("https://demo.mastertrade.test/orders/1001/cancel");
    public static final URI WEBHOOK_URL = URI.create("https://demo.mastertrade.test/api/payments/webhook/x");

    private SampleOrders() {}

    public static CheckoutRequest checkout(Money amount) {
        return new CheckoutRequest(
                1001,
                REFERENCE,
                amount,
                "Gestion Commerciale Pro 2026",
                "awa@example.ci",
                Language.FR,
                RETURN_URL,
                CANCEL_URL,
                WEBHOOK_URL,
                "order-1001-checkout");
    }
}
