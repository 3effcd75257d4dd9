package com.mastertrade.payment;

import com.mastertrade.shared.Money;
import java.util.Map;

/**
 * An order's payment at a provider, as recorded when its checkout was opened: {@code providerReference} and
 * {@code details} are the {@link Checkout}'s. Once the provider has reported the payment, {@code details} also
 * holds {@value #PAYMENT_REFERENCE}: the {@link PaymentNotice#providerReference()} of that report (Stripe's
 * payment intent, PayPal's capture id...), which refunds need.
 */
public record OrderPayment(
        long orderId, String reference, Money amount, String providerReference, Map<String, String> details) {

    /** The key in {@code details} of the provider's reference of the payment itself, once reported. */
    public static final String PAYMENT_REFERENCE = "payment_reference";

    public OrderPayment {
        details = Map.copyOf(details);
    }
}
