package com.mastertrade.payment.sandbox;

import com.mastertrade.payment.InvalidWebhookException;
import com.mastertrade.payment.PaymentNotice;
import com.mastertrade.shared.InvalidInputException;
import com.mastertrade.shared.Money;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The body of a sandbox callback (API.md):
 * {@code {"event_id", "order_id": "<our order id>", "status": "paid"|"failed"|"refunded", "amount", "currency"}}.
 */
record SandboxEvent(String eventId, long orderId, PaymentNotice.Outcome outcome, Money amount) {

    /** {@code paid}, {@code failed} or {@code refunded}, as on the wire. */
    String status() {
        return outcome.name().toLowerCase(Locale.ROOT);
    }

    static SandboxEvent parse(byte[] body) {
        try (var reader = Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
            JsonObject event = reader.readObject();
            String eventId = text(event, "event_id");
            if (eventId.length() > 255) {
                throw malformed("event_id is at most 255 characters");
            }
            String orderId = text(event, "order_id");
            if (!orderId.matches("[0-9]{1,18}")) {
                throw malformed("order_id is our order's id");
            }
            PaymentNotice.Outcome outcome = switch (text(event, "status")) {
                case "paid" -> PaymentNotice.Outcome.PAID;
                case "failed" -> PaymentNotice.Outcome.FAILED;
                case "refunded" -> PaymentNotice.Outcome.REFUNDED;
                default -> throw malformed("status is paid, failed or refunded");
            };
            JsonValue amount = event.get("amount");
            if (!(amount instanceof JsonNumber number) || !number.isIntegral()) {
                throw malformed("amount is a whole number of minor units");
            }
            return new SandboxEvent(
                    eventId,
                    Long.parseLong(orderId),
                    outcome,
                    new Money(number.longValueExact(), text(event, "currency").toUpperCase(Locale.ROOT)));
        } catch (JsonException | ArithmeticException | InvalidInputException e) {
            throw malformed(e.getMessage());
        }
    }

    /** The body the checkout page sends, in the order of API.md. */
    static byte[] body(String eventId, long orderId, String status, Money amount) {
        return Json.createObjectBuilder()
                .add("event_id", eventId)
                .add("order_id", Long.toString(orderId))
                .add("status", status)
                .add("amount", amount.amount())
                .add("currency", amount.currency())
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String text(JsonObject event, String name) {
        if (!(event.get(name) instanceof JsonString value) || value.getString().isBlank()) {
            throw malformed(name + " is required");
        }
        return value.getString();
    }

    private static InvalidWebhookException malformed(String why) {
        return new InvalidWebhookException("Malformed sandbox event: " + why);
    }
}
