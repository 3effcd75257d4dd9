package com.mastertrade.payment.stripe;

import com.mastertrade.payment.InvalidWebhookException;
import com.mastertrade.payment.PaymentNotice;
import com.mastertrade.payment.PaymentNotice.Outcome;
import com.mastertrade.shared.InvalidInputException;
import com.mastertrade.shared.Money;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a verified Stripe event says about an order. The order is the Checkout Session's
 * {@code client_reference_id}; a refund names only a charge and its payment intent, so the order is found in the
 * {@code order_reference} metadata that the checkout put on the payment intent.
 */
final class StripeEvents {

    static final String ORDER_REFERENCE = "order_reference";

    private final Function<String, Optional<String>> orderOfPaymentIntent;

    /** @param orderOfPaymentIntent the {@code order_reference} metadata of a payment intent, asked of Stripe */
    StripeEvents(Function<String, Optional<String>> orderOfPaymentIntent) {
        this.orderOfPaymentIntent = orderOfPaymentIntent;
    }

    Optional<PaymentNotice> notice(String eventId, String type, JsonObject object) {
        return switch (type) {
            // "unpaid" is a delayed payment method (a bank debit...): its async_payment_* event follows.
            case "checkout.session.completed" ->
                "paid".equals(object.getString("payment_status", ""))
                        ? fromSession(eventId, type, object, Outcome.PAID)
                        : Optional.empty();
            case "checkout.session.async_payment_succeeded" -> fromSession(eventId, type, object, Outcome.PAID);
            case "checkout.session.async_payment_failed" -> fromSession(eventId, type, object, Outcome.FAILED);
            case "charge.refunded" -> fromRefundedCharge(eventId, type, object);
            default -> Optional.empty();
        };
    }

    private Optional<PaymentNotice> fromSession(String eventId, String type, JsonObject session, Outcome outcome) {
        return text(session, "client_reference_id")
                .or(() -> orderReference(session))
                .map(order -> new PaymentNotice(
                        eventId, type, order, outcome, money(session, "amount_total"), session.getString("id", null)));
    }

    private Optional<PaymentNotice> fromRefundedCharge(String eventId, String type, JsonObject charge) {
        return orderReference(charge)
                .or(() -> text(charge, "payment_intent").flatMap(orderOfPaymentIntent))
                .map(order -> new PaymentNotice(
                        eventId,
                        type,
                        order,
                        Outcome.REFUNDED,
                        money(charge, "amount_refunded"),
                        charge.getString("id", null)));
    }

    private static Optional<String> orderReference(JsonObject object) {
        return object.get("metadata") instanceof JsonObject metadata
                ? text(metadata, ORDER_REFERENCE)
                : Optional.empty();
    }

    private static Optional<String> text(JsonObject object, String field) {
        return object.get(field) instanceof JsonString text && !text.getString().isBlank()
                ? Optional.of(text.getString())
                : Optional.empty();
    }

    /** Stripe's amounts are in the currency's smallest unit, like the platform's: XOF and XAF have none. */
    private static Money money(JsonObject object, String field) {
        if (!(object.get(field) instanceof JsonNumber amount) || !amount.isIntegral()) {
            throw new InvalidWebhookException("The Stripe event has no " + field);
        }
        try {
            return new Money(amount.longValueExact(), object.getString("currency", ""));
        } catch (InvalidInputException | ArithmeticException e) {
            throw new InvalidWebhookException("The Stripe event's amount is not one the platform sells in");
        }
    }
}
