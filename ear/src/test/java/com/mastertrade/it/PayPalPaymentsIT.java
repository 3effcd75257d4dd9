package com.mastertrade.it;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * PayPal end to end: Orders v2 through PayPal's REST API (played by the tests' WireMock), the capture when the
 * customer comes back, and PayPal's webhooks with their transmission headers, which PayPal's own
 * {@code verify-webhook-signature} call vouches for ({@code SUCCESS}) only when PayPal sent them.
 */
class PayPalPaymentsIT extends ProviderPaymentsContract {

    private final String clientId = "AZ" + uniqueId() + uniqueId();
    private final String clientSecret = "EL" + uniqueId() + uniqueId();
    private final String webhookId =
            "8PT597110X687430" + uniqueId().substring(0, 4).toUpperCase(Locale.ROOT);
    private final String accessToken = "A21AA" + uniqueId() + uniqueId();

    PayPalPaymentsIT() {
        super("paypal", "https://www.paypal.com/checkoutnow?token=", RETRIED);
    }

    @Override
    Map<String, String> credentials() {
        return Map.of("client_id", clientId, "client_secret", clientSecret, "webhook_id", webhookId);
    }

    /** PayPal takes no XOF: this store sells in euros through PayPal. */
    @Override
    String currency() {
        return "EUR";
    }

    @Override
    String bearer() {
        return accessToken;
    }

    /**
     * An access token for the store's REST app; orders whose id is made of the order's reference, so the tests
     * know it; and PayPal refusing to vouch for any notification it did not send.
     */
    @Override
    void stubApi() {
        ProviderFakes.stub(post("/paypal/v1/oauth2/token")
                .withBasicAuth(clientId, clientSecret)
                .willReturn(okJson("""
                {"scope": "https://uri.paypal.com/services/payments/payment", "access_token": "%s",
                 "token_type": "Bearer", "app_id": "APP-80W284485P519543T", "expires_in": 32400}""".formatted(accessToken))));
        ProviderFakes.stub(checkoutCall().willReturn(okJson("""
                {{#assign 'order'}}5O{{jsonPath request.body '$.purchase_units[0].custom_id'}}{{/assign}}
                {"id": "{{order}}", "status": "PAYER_ACTION_REQUIRED", "payment_source": {"paypal": {}},
                 "links": [
                   {"href": "https://api-m.paypal.com/v2/checkout/orders/{{order}}", "rel": "self", "method": "GET"},
                   {"href": "https://www.paypal.com/checkoutnow?token={{order}}", "rel": "payer-action", "method": "GET"}
                 ]}""").withTransformers("response-template")));
        ProviderFakes.stub(authorized(post("/paypal/v1/notifications/verify-webhook-signature"))
                .willReturn(okJson("{\"verification_status\": \"FAILURE\"}")));
    }

    @Override
    MappingBuilder checkoutCall() {
        return authorized(post(urlPathEqualTo("/paypal/v2/checkout/orders")));
    }

    @Override
    RequestPatternBuilder checkoutCallsOf(PlacedOrder order) {
        return postRequestedFor(urlPathEqualTo("/paypal/v2/checkout/orders"))
                .withHeader("PayPal-Request-Id", equalTo("mastertrade-checkout-" + order.reference()));
    }

    private static String payPalOrder(PlacedOrder order) {
        return "5O" + order.reference();
    }

    /** PayPal's capture of the order: one per order here. */
    private static String capture(PlacedOrder order) {
        return "3C" + order.reference().substring(3);
    }

    private static String euros(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    @Override
    Delivery paid(PlacedOrder order, long amount) {
        return sentByPayPal(captureEvent("PAYMENT.CAPTURE.COMPLETED", "COMPLETED", order, amount));
    }

    @Override
    Delivery failed(PlacedOrder order) {
        return sentByPayPal(captureEvent("PAYMENT.CAPTURE.DENIED", "DENIED", order, order.amount()));
    }

    @Override
    Delivery forged(PlacedOrder order) {
        return withTransmissionHeaders(
                captureEvent("PAYMENT.CAPTURE.COMPLETED", "COMPLETED", order, order.amount()),
                UUID.randomUUID().toString());
    }

    /** PayPal's verify-webhook-signature, asked about the event (which names the order) before it is believed. */
    @Override
    Optional<RequestPatternBuilder> verificationCallsOf(PlacedOrder order) {
        return Optional.of(postRequestedFor(urlPathEqualTo("/paypal/v1/notifications/verify-webhook-signature"))
                .withRequestBody(containing(order.reference())));
    }

    @Override
    void stubRefund(PlacedOrder order) {
        ProviderFakes.stub(authorized(get("/paypal/v2/checkout/orders/" + payPalOrder(order)))
                .willReturn(okJson("""
                {"id": "%s", "status": "COMPLETED", "intent": "CAPTURE",
                 "purchase_units": [{"reference_id": "%s", "custom_id": "%s",
                   "payments": {"captures": [{"id": "%s", "status": "COMPLETED",
                     "amount": {"currency_code": "EUR", "value": "%s"}, "final_capture": true,
                     "custom_id": "%s"}]}}]}""".formatted(
                                payPalOrder(order),
                                order.reference(),
                                order.reference(),
                                capture(order),
                                euros(order.amount()),
                                order.reference()))));
        ProviderFakes.stub(authorized(post("/paypal/v2/payments/captures/" + capture(order) + "/refund"))
                .willReturn(okJson("""
                        {"id": "1JU08902781691411", "status": "COMPLETED",
                         "links": [{"href": "https://api-m.paypal.com/v2/payments/refunds/1JU08902781691411",
                           "rel": "self", "method": "GET"}]}""")));
    }

    @Override
    void verifyRefundRequested(PlacedOrder order) {
        ProviderFakes.api()
                .verify(
                        1,
                        postRequestedFor(urlPathEqualTo("/paypal/v2/payments/captures/" + capture(order) + "/refund"))
                                .withHeader("PayPal-Request-Id", equalTo("refund-" + capture(order)))
                                .withRequestBody(equalToJson("{\"custom_id\": \"" + order.reference() + "\"}")));
    }

    @Test
    void theCustomerBackFromPayPalIsCapturedAndTheCapturesWebhookIsTheSamePayment() throws Exception {
        PlacedOrder order = placeOrder("return");
        ProviderFakes.stub(authorized(post("/paypal/v2/checkout/orders/" + payPalOrder(order) + "/capture"))
                .willReturn(okJson("""
                        {"id": "%s", "status": "COMPLETED",
                         "payment_source": {"paypal": {"email_address": "%s", "account_id": "QYR5Z8XDVJNXQ"}},
                         "purchase_units": [{"reference_id": "%s", "payments": {"captures": [{
                           "id": "%s", "status": "COMPLETED", "amount": {"currency_code": "EUR", "value": "%s"},
                           "final_capture": true, "custom_id": "%s",
                           "seller_protection": {"status": "ELIGIBLE"}}]}}]}""".formatted(
                                payPalOrder(order),
                                order.buyer().email(),
                                order.reference(),
                                capture(order),
                                euros(order.amount()),
                                order.reference()))));

        given().redirects()
                .follow(false)
                .get(store.path("/api/payments/return/paypal?order=" + order.reference() + "&token="
                        + payPalOrder(order) + "&PayerID=QYR5Z8XDVJNXQ"))
                .then()
                .statusCode(303)
                .header("Location", containsString("/orders/status.xhtml?ref=" + order.reference()));

        orderOf(order).then().body("status", is("paid"));
        ProviderFakes.api()
                .verify(
                        1,
                        postRequestedFor(
                                        urlPathEqualTo("/paypal/v2/checkout/orders/" + payPalOrder(order) + "/capture"))
                                .withHeader("PayPal-Request-Id", equalTo("capture-" + payPalOrder(order))));
        assertThat(outcome(deliver(paid(order, order.amount())))).isEqualTo("duplicate");
        assertPaidOnceWithAValidLicense(order);
    }

    @Test
    void aRefundMadeInPayPalsDashboardRevokesTheLicense() {
        PlacedOrder order = paidOrder("dashboard-refund");
        String key = licenseKey(order);
        // The refund names only its capture, which knows the order.
        ProviderFakes.stub(authorized(get("/paypal/v2/payments/captures/" + capture(order)))
                .willReturn(okJson("""
                {"id": "%s", "status": "REFUNDED", "amount": {"currency_code": "EUR", "value": "%s"},
                 "final_capture": true, "custom_id": "%s"}""".formatted(capture(order), euros(order.amount()), order.reference()))));

        assertThat(outcome(deliver(sentByPayPal(refundEvent(order))))).isEqualTo("refunded");

        orderOf(order).then().body("status", is("refunded"));
        Platform.licenseCall("validate", key, "paypal-device").then().body("code", is("REVOKED"));
    }

    @Test
    void aProviderTooSlowToAnswerIsTriedThreeTimesThenTheOrderWaitsForItsCheckout() {
        // Slower than the test server's 3 s per attempt (it-up), not than PayPal's HTTP read timeout.
        assertTheOrderWaitsForItsCheckoutWhileTheProviderAnswers(okJson("{}").withFixedDelay(6_000), RETRIED);
    }

    // ---- PayPal's webhooks, as PayPal sends them --------------------------------------------------------------

    private static String captureEvent(String type, String status, PlacedOrder order, long amount) {
        return """
                {
                  "id": "WH-%s",
                  "create_time": "%s",
                  "resource_type": "capture",
                  "event_version": "1.0",
                  "resource_version": "2.0",
                  "event_type": "%s",
                  "summary": "Payment %s for EUR %s EUR",
                  "resource": {
                    "id": "%s",
                    "status": "%s",
                    "amount": {"currency_code": "EUR", "value": "%s"},
                    "final_capture": true,
                    "custom_id": "%s",
                    "seller_protection": {"status": "ELIGIBLE"},
                    "supplementary_data": {"related_ids": {"order_id": "%s"}},
                    "create_time": "%s",
                    "update_time": "%s",
                    "links": [
                      {"href": "https://api.paypal.com/v2/payments/captures/%s", "rel": "self", "method": "GET"},
                      {"href": "https://api.paypal.com/v2/checkout/orders/%s", "rel": "up", "method": "GET"}
                    ]
                  }
                }""".formatted(
                        uniqueId().toUpperCase(Locale.ROOT),
                        Instant.now(),
                        type,
                        status.toLowerCase(Locale.ROOT),
                        euros(amount),
                        capture(order),
                        status,
                        euros(amount),
                        order.reference(),
                        payPalOrder(order),
                        Instant.now(),
                        Instant.now(),
                        capture(order),
                        payPalOrder(order));
    }

    /** A refund made in PayPal's dashboard: no custom_id of ours, only the capture it refunds. */
    private static String refundEvent(PlacedOrder order) {
        return """
                {
                  "id": "WH-%s",
                  "create_time": "%s",
                  "resource_type": "refund",
                  "event_version": "1.0",
                  "resource_version": "2.0",
                  "event_type": "PAYMENT.CAPTURE.REFUNDED",
                  "summary": "A EUR %s EUR capture payment was refunded",
                  "resource": {
                    "id": "1Y%s",
                    "status": "COMPLETED",
                    "amount": {"currency_code": "EUR", "value": "%s"},
                    "create_time": "%s",
                    "links": [
                      {"href": "https://api.paypal.com/v2/payments/refunds/1Y%s", "rel": "self", "method": "GET"},
                      {"href": "https://api.paypal.com/v2/payments/captures/%s", "rel": "up", "method": "GET"}
                    ]
                  }
                }""".formatted(
                        uniqueId().toUpperCase(Locale.ROOT),
                        Instant.now(),
                        euros(order.amount()),
                        uniqueId().toUpperCase(Locale.ROOT),
                        euros(order.amount()),
                        Instant.now(),
                        uniqueId().toUpperCase(Locale.ROOT),
                        capture(order));
    }

    /** A delivery PayPal made: its verify-webhook-signature call answers SUCCESS for this transmission. */
    private Delivery sentByPayPal(String event) {
        String transmission = UUID.randomUUID().toString();
        ProviderFakes.stub(authorized(post("/paypal/v1/notifications/verify-webhook-signature"))
                .withRequestBody(matchingJsonPath("$.transmission_id", equalTo(transmission)))
                .withRequestBody(matchingJsonPath("$.webhook_id", equalTo(webhookId)))
                .atPriority(ProviderFakes.OUTAGE + 1)
                .willReturn(okJson("{\"verification_status\": \"SUCCESS\"}")));
        return withTransmissionHeaders(event, transmission);
    }

    private static Delivery withTransmissionHeaders(String event, String transmission) {
        byte[] signature = new byte[256];
        new SecureRandom().nextBytes(signature);
        return new Delivery(
                Map.of(
                        "Content-Type",
                        "application/json",
                        "User-Agent",
                        "PayPal/AUHD-214.0-58843296",
                        "PAYPAL-AUTH-ALGO",
                        "SHA256withRSA",
                        "PAYPAL-CERT-URL",
                        "https://api.paypal.com/v1/notifications/certs/CERT-360caa42-fca2a594-a5cafa77",
                        "PAYPAL-TRANSMISSION-ID",
                        transmission,
                        "PAYPAL-TRANSMISSION-SIG",
                        Base64.getEncoder().encodeToString(signature),
                        "PAYPAL-TRANSMISSION-TIME",
                        Instant.now().toString()),
                event);
    }
}
