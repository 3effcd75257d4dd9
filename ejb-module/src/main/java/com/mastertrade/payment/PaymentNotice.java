package com.mastertrade.payment;

import com.mastertrade.shared.Money;
import java.util.Objects;

/**
 * A verified fact from a provider about an order's payment. {@code eventId} is the provider's own id of the
 * event (the deduplication key); {@code amount} is what the provider says was paid or refunded, which must
 * match the order before anything is fulfilled.
 */
public record PaymentNotice(
        String eventId,
        String eventType,
        String orderReference,
        Outcome outcome,
        Money amount,
        String providerReference) {

    public enum Outcome {
        PAID,
        FAILED,
        REFUNDED
    }

    public PaymentNotice {
        Objects.requireNonNull(eventId, "The event id is required.");
        Objects.requireNonNull(orderReference, "The order reference is required.");
        Objects.requireNonNull(outcome, "The outcome is required.");
    }
}
