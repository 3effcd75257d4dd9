package com.mastertrade.payment;

import java.util.Locale;
import java.util.Objects;

/**
 * What a provider's event did: to its order, as {@link Order#settle} decides (and then the platform gives it its
 * effect: a licence, an e-mail...), or why it did nothing. Its name is the webhook's answer and the event's
 * recorded outcome.
 */
public record Settlement(Effect effect, String note) {

    public enum Effect {
        /** Now paid: deliver (a licence, or a renewal) and confirm. */
        PAID,
        /** Now failed: tell the customer. */
        FAILED,
        /** Refunded after delivery: take the licence back and tell the customer. */
        REFUNDED,
        /** Refunded before its payment was ever reported: nothing was delivered, tell the customer. */
        REFUNDED_UNDELIVERED,
        /** Nothing to do: the order already reflects the event, or the event comes too late. */
        UNCHANGED,
        /** Contradicts the order (amount, currency, provider): never fulfilled, kept for the staff. */
        REJECTED,
        /** An event already received: its first delivery did all there was to do. */
        DUPLICATE,
        /** Names no order of the store. */
        UNKNOWN_ORDER,
        /** Says nothing about a payment (a provider's other notifications). */
        IGNORED;

        public String apiName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Settlement {
        Objects.requireNonNull(effect, "Effect is required.");
    }

    static Settlement of(Effect effect) {
        return new Settlement(effect, null);
    }

    static Settlement unchanged(String why) {
        return new Settlement(Effect.UNCHANGED, why);
    }

    static Settlement rejected(String why) {
        return new Settlement(Effect.REJECTED, why);
    }
}
