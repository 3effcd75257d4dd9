package com.mastertrade.payment;

import com.mastertrade.shared.Language;
import com.mastertrade.shared.Money;
import java.net.URI;

/**
 * An order to pay, as a provider's checkout needs it. {@code reference} is the order's reference sent to the
 * provider (Stripe {@code client_reference_id}, Flutterwave {@code tx_ref}, Orange Money {@code order_id});
 * {@code idempotencyKey} is stable for the order, so a retried call opens one checkout.
 */
public record CheckoutRequest(
        long orderId,
        String reference,
        Money amount,
        String productName,
        String customerEmail,
        Language language,
        URI returnUrl,
        URI cancelUrl,
        URI webhookUrl,
        String idempotencyKey) {}
