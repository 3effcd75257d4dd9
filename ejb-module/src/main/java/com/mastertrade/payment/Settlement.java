package com.mastertrade.payment;

import java.util.Locale;
import java.util.Objects;

/**
 * What a provider's event did to an order, decided by {@link Order#settle}: the effect the platform then
 * gives it (a licence, an e-mail...) and, when nothing changed, why.
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
        REJECTED;

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

    public boolean changedTheOrder() {
        return effect != Effect.UNCHANGED && effect != Effect.REJECTED;
    }
}
