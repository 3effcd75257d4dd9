package com.mastertrade.payment.paypal;

import com.mastertrade.payment.InvalidWebhookException;
import com.mastertrade.payment.PaymentNotice;
import com.mastertrade.payment.PaymentNotice.Outcome;
import com.mastertrade.payment.http.MajorUnits;
import com.mastertrade.shared.Money;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.function.Function;

/**
 * What PayPal's captures and refunds say about an order. The order is the {@code custom_id} the checkout put on
 * the purchase unit, which PayPal copies onto its captures. A capture's event id is the capture and its state
 * ({@code capture:<id>:COMPLETED}), the same whether the capture is learnt on the customer's return or by
 * webhook, so that both deduplicate into one fulfilment.
 */
final class PayPalEvents {

    static final String CAPTURE_COMPLETED = "PAYMENT.CAPTURE.COMPLETED";
    static final String CAPTURE_DENIED = "PAYMENT.CAPTURE.DENIED";
    static final String CAPTURE_REFUNDED = "PAYMENT.CAPTURE.REFUNDED";

    private PayPalEvents() {}

    /** A capture's outcome: COMPLETED is paid, DECLINED or DENIED failed, PENDING (an eCheck...) not yet known. */
    static Optional<PaymentNotice> fromCapture(String eventType, JsonObject capture, Optional<String> order) {
        String status = capture.getString("status", "");
        Outcome outcome = switch (status) {
            case "COMPLETED" -> Outcome.PAID;
            case "DECLINED", "DENIED", "FAILED" -> Outcome.FAILED;
            default -> null;
        };
        if (outcome == null) {
            return Optional.empty();
        }
        String id = capture.getString("id", "");
        return text(capture, "custom_id")
                .or(() -> order)
                .map(reference -> new PaymentNotice(
                        "capture:" + id + ":" + status, eventType, reference, outcome, amount(capture), id));
    }

    /**
     * A refund names its capture only through its {@code up} link; when the refund itself has no
     * {@code custom_id} (one made in PayPal's dashboard), the capture is asked for it.
     */
    static Optional<PaymentNotice> fromRefund(JsonObject refund, Function<String, JsonObject> captures) {
        String id = refund.getString("id", "");
        return text(refund, "custom_id")
                .or(() -> capturedBy(refund).flatMap(capture -> text(captures.apply(capture), "custom_id")))
                .map(reference -> new PaymentNotice(
                        "refund:" + id, CAPTURE_REFUNDED, reference, Outcome.REFUNDED, amount(refund), id));
    }

    /** The first capture of the order's first purchase unit, as an order answer carries it. */
    static Optional<JsonObject> firstCapture(JsonObject order) {
        return first(order.get("purchase_units"))
                .map(unit -> unit.get("payments"))
                .filter(JsonObject.class::isInstance)
                .map(payments -> ((JsonObject) payments).get("captures"))
                .flatMap(PayPalEvents::first);
    }

    private static Optional<JsonObject> first(JsonValue array) {
        return array instanceof JsonArray list && !list.isEmpty() && list.get(0) instanceof JsonObject object
                ? Optional.of(object)
                : Optional.empty();
    }

    private static Optional<String> capturedBy(JsonObject refund) {
        if (!(refund.get("links") instanceof JsonArray links)) {
            return Optional.empty();
        }
        return links.stream()
                .filter(JsonObject.class::isInstance)
                .map(JsonObject.class::cast)
                .filter(link -> "up".equals(link.getString("rel", "")))
                .map(link -> link.getString("href", ""))
                .filter(href -> href.contains("/captures/"))
                .map(href -> href.substring(href.lastIndexOf('/') + 1))
                .findFirst();
    }

    private static Money amount(JsonObject payment) {
        if (!(payment.get("amount") instanceof JsonObject amount)) {
            throw new InvalidWebhookException("The PayPal payment has no amount");
        }
        return MajorUnits.money(amount.getString("value", ""), amount.getString("currency_code", ""));
    }

    static Optional<String> text(JsonObject object, String field) {
        return object.get(field) instanceof JsonString text && !text.getString().isBlank()
                ? Optional.of(text.getString())
                : Optional.empty();
    }
}
