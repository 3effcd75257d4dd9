package com.mastertrade.payment.paypal;

import com.mastertrade.payment.InvalidWebhookException;
import com.mastertrade.payment.WebhookDelivery;
import com.mastertrade.payment.http.AccessTokens;
import com.mastertrade.payment.http.ProviderAnswer;
import com.mastertrade.payment.http.ProviderHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/** The calls of PayPal's REST API the gateway makes, for one store's REST app (client id and secret). */
final class PayPalApi {

    /** The transmission headers of a webhook, and the field of verify-webhook-signature each one fills. */
    private static final String[][] TRANSMISSION = {
        {"PAYPAL-AUTH-ALGO", "auth_algo"},
        {"PAYPAL-CERT-URL", "cert_url"},
        {"PAYPAL-TRANSMISSION-ID", "transmission_id"},
        {"PAYPAL-TRANSMISSION-SIG", "transmission_sig"},
        {"PAYPAL-TRANSMISSION-TIME", "transmission_time"},
    };

    private final AccessTokens tokens;
    private final URI base;
    private final String clientId;
    private final String clientSecret;

    PayPalApi(AccessTokens tokens, URI base, String clientId, String clientSecret) {
        this.tokens = tokens;
        this.base = base;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    JsonObject createOrder(JsonObject order, String requestId) {
        return send(token -> authorized(ProviderHttp.postJson(base, "/v2/checkout/orders", order), token)
                        .header("PayPal-Request-Id", requestId))
                .successJson();
    }

    /** The answer as it is: a 422 says why the order cannot be captured (not approved yet...). */
    ProviderAnswer capture(String orderId, String requestId) {
        return send(token -> authorized(
                        ProviderHttp.postJson(
                                base,
                                "/v2/checkout/orders/" + ProviderHttp.pathSegment(orderId) + "/capture",
                                JsonObject.EMPTY_JSON_OBJECT),
                        token)
                .header("PayPal-Request-Id", requestId));
    }

    JsonObject order(String orderId) {
        return get("/v2/checkout/orders/" + ProviderHttp.pathSegment(orderId));
    }

    JsonObject capture(String captureId) {
        return get("/v2/payments/captures/" + ProviderHttp.pathSegment(captureId));
    }

    JsonObject refund(String captureId, JsonObject refund, String requestId) {
        return send(token -> authorized(
                                ProviderHttp.postJson(
                                        base,
                                        "/v2/payments/captures/" + ProviderHttp.pathSegment(captureId) + "/refund",
                                        refund),
                                token)
                        .header("PayPal-Request-Id", requestId))
                .successJson();
    }

    /**
     * Whether PayPal vouches for a webhook delivery. The event goes back to PayPal as the exact bytes received,
     * not re-serialised: the signature covers the original body.
     */
    boolean verifies(WebhookDelivery delivery, String webhookId) {
        JsonObjectBuilder request = Json.createObjectBuilder();
        for (String[] header : TRANSMISSION) {
            request.add(
                    header[1],
                    delivery.header(header[0])
                            .filter(value -> !value.isBlank())
                            .orElseThrow(() ->
                                    new InvalidWebhookException("The PayPal header " + header[0] + " is missing")));
        }
        String fields = request.add("webhook_id", webhookId).build().toString();
        String body = fields.substring(0, fields.length() - 1) + ",\"webhook_event\":"
                + new String(delivery.body(), StandardCharsets.UTF_8) + "}";
        ProviderAnswer answer = send(token -> authorized(
                ProviderHttp.request(base, "/v1/notifications/verify-webhook-signature")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                token));
        if (answer.status() == 400 || answer.status() == 422) {
            throw new InvalidWebhookException("PayPal could not check the notification's signature");
        }
        return "SUCCESS".equals(answer.successJson().getString("verification_status", ""));
    }

    private JsonObject get(String path) {
        return send(token -> authorized(ProviderHttp.request(base, path).GET(), token))
                .successJson();
    }

    private ProviderAnswer send(Function<String, HttpRequest.Builder> request) {
        return tokens.send(ProviderHttp.url(base, "/v1/oauth2/token"), clientId, clientSecret, request);
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request, String token) {
        return request.header("Authorization", ProviderHttp.bearer(token));
    }
}
