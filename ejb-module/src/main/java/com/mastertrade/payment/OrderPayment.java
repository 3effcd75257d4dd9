package com.mastertrade.payment;

import com.mastertrade.shared.Money;
import java.util.Map;

/** An order's payment at a provider, as recorded when its checkout was opened. */
public record OrderPayment(long orderId, String reference, Money amount, String providerReference,
        Map<String, String> details) {

    public OrderPayment {
        details = Map.copyOf(details);
    }
}
