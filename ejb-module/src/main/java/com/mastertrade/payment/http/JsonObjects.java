package com.mastertrade.payment.http;

import com.mastertrade.payment.InvalidWebhookException;
import com.mastertrade.payment.PaymentProvider;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Providers' bodies read as JSON objects: their answers, and the notifications they post. */
public final class JsonObjects {

    private JsonObjects() {}

    /** The JSON object the text is, if it is one. */
    public static Optional<JsonObject> parse(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            return value instanceof JsonObject object ? Optional.of(object) : Optional.empty();
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /**
     * The notification's body as a JSON object.
     *
     * @throws InvalidWebhookException when it is not one
     */
    public static JsonObject notification(byte[] body, PaymentProvider provider) {
        return parse(new String(body, StandardCharsets.UTF_8))
                .orElseThrow(() -> new InvalidWebhookException(
                        "The " + ProviderHttp.displayName(provider) + " notification is not a JSON object"));
    }
}
