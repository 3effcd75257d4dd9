package com.mastertrade.it;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Flutterwave v3 end to end: hosted payment links and refunds through Flutterwave's API (played by the tests'
 * WireMock), and its {@code charge.completed} webhooks with the store's {@code verif-hash}, each believed only once
 * Flutterwave's verify endpoint confirms the transaction. Payment links and refunds carry no idempotency key at
 * Flutterwave: they are asked once, never retried.
 */
class FlutterwavePaymentsIT extends ProviderPaymentsContract {

    private final String secretKey = "FLWSECK_TEST-" + uniqueId() + uniqueId() + "-X";
    private final String secretHash = "flw-hash-" + uniqueId();

    FlutterwavePaymentsIT() {
        super("flutterwave", "https://checkout.flutterwave.com/v3/hosted/pay/", ONCE);
    }

    @Override
    Map<String, String> credentials() {
        return Map.of("secret_key", secretKey, "secret_hash", secretHash);
    }

    @Override
    String bearer() {
        return secretKey;
    }

    @Override
    void stubApi() {
        ProviderFakes.stub(checkoutCall().willReturn(okJson("""
                {"status": "success", "message": "Hosted Link", "data":
                 {"link": "https://checkout.flutterwave.com/v3/hosted/pay/{{jsonPath request.body '$.tx_ref'}}"}}""").withTransformers("response-template")));
    }

    @Override
    MappingBuilder checkoutCall() {
        return authorized(post(urlPathEqualTo("/flutterwave/v3/payments")));
    }

    @Override
    RequestPatternBuilder checkoutCallsOf(PlacedOrder order) {
        return postRequestedFor(urlPathEqualTo("/flutterwave/v3/payments"))
                .withRequestBody(matchingJsonPath("$.tx_ref", equalTo(order.reference())));
    }

    /** Flutterwave's id of the order's transaction: a number, made from the reference so that the tests know it. */
    private static long transaction(PlacedOrder order) {
        return 285_000_000L + Math.floorMod(order.reference().hashCode(), 100_000_000);
    }

    @Override
    Delivery paid(PlacedOrder order, long amount) {
        return confirmed(order, amount, "successful");
    }

    @Override
    Delivery failed(PlacedOrder order) {
        return confirmed(order, order.amount(), "failed");
    }

    @Override
    Delivery forged(PlacedOrder order) {
        return new Delivery(
                Map.of("Content-Type", "application/json", "verif-hash", "flw-hash-" + uniqueId()),
                chargeCompleted(order, order.amount(), "successful"));
    }

    /** Flutterwave's transaction, verified by its id before the store believes a notification. */
    @Override
    Optional<RequestPatternBuilder> verificationCallsOf(PlacedOrder order) {
        return Optional.of(
                getRequestedFor(urlPathEqualTo("/flutterwave/v3/transactions/" + transaction(order) + "/verify")));
    }

    @Override
    void stubRefund(PlacedOrder order) {
        ProviderFakes.stub(authorized(get(urlPathEqualTo("/flutterwave/v3/transactions/verify_by_reference"))
                        .withQueryParam("tx_ref", equalTo(order.reference())))
                .willReturn(okJson(verification(order, order.amount(), "successful"))));
        ProviderFakes.stub(
                refundCall(order).willReturn(okJson("""
                {"status": "success", "message": "Transaction refund initiated",
                 "data": {"id": 75923, "account_id": 17321, "tx_id": %d, "flw_ref": "FLW-MOCK-%s",
                  "wallet_id": 74639, "amount_refunded": %d, "status": "completed",
                  "destination": "payment_source", "meta": {"source": "availablebalance"},
                  "created_at": "2026-11-24T09:00:00.000Z"}}""".formatted(transaction(order), uniqueId(), order.amount()))));
    }

    private MappingBuilder refundCall(PlacedOrder order) {
        return authorized(post("/flutterwave/v3/transactions/" + transaction(order) + "/refund"));
    }

    @Override
    void verifyRefundRequested(PlacedOrder order) {
        ProviderFakes.api()
                .verify(
                        1,
                        postRequestedFor(urlPathEqualTo(
                                        "/flutterwave/v3/transactions/" + transaction(order) + "/refund"))
                                .withHeader("Authorization", equalTo("Bearer " + secretKey)));
    }

    /** Unlike the checks of a delivery, which are reads. */
    @Test
    void aRefundWhileFlutterwaveIsDownIsAskedOnceAndChangesNothing() {
        PlacedOrder order = paidOrder("refund-down");
        String key = licenseKey(order);
        stubRefund(order);

        ProviderFakes.during(refundCall(order).willReturn(serviceUnavailable()), () -> refund(order))
                .then()
                .statusCode(503)
                .body("error.code", is("PROVIDER_UNAVAILABLE"));

        assertThat(ProviderFakes.count(postRequestedFor(
                        urlPathEqualTo("/flutterwave/v3/transactions/" + transaction(order) + "/refund"))))
                .isEqualTo(ONCE);
        orderOf(order).then().body("status", is("paid"));
        Platform.licenseCall("validate", key, "flutterwave-device").then().body("code", is("VALID"));
        refund(order).then().statusCode(200).body("status", is("refunded"));
    }

    @Test
    void aVerificationFlutterwaveDoesNotAnswerIsRetriedAndTheWebhookIsAnswered503() {
        PlacedOrder order = placeOrder("verify-down");
        Delivery paid = paid(order, order.amount());
        RequestPatternBuilder verifications =
                getRequestedFor(urlPathEqualTo("/flutterwave/v3/transactions/" + transaction(order) + "/verify"));

        ProviderFakes.during(
                        authorized(get("/flutterwave/v3/transactions/" + transaction(order) + "/verify"))
                                .willReturn(serviceUnavailable()),
                        () -> deliver(paid))
                .then()
                .statusCode(503)
                .body("error.code", is("PROVIDER_UNAVAILABLE"));

        assertThat(ProviderFakes.count(verifications)).isEqualTo(RETRIED);
        orderOf(order).then().body("status", is("pending"));
        assertThat(outcome(deliver(paid))).as("Flutterwave's next delivery").isEqualTo("paid");
    }

    @Test
    void aNotificationThatFlutterwavesOwnRecordContradictsIs400() {
        PlacedOrder order = placeOrder("contradicted");
        String notified = chargeCompleted(order, order.amount(), "successful");
        confirmed(order, order.amount(), "failed");

        deliver(new Delivery(Map.of("Content-Type", "application/json", "verif-hash", secretHash), notified))
                .then()
                .statusCode(400)
                .body("error.code", is("WEBHOOK_INVALID"));

        orderOf(order).then().body("status", is("pending"));
    }

    // ---- Flutterwave's webhooks and verifications, as Flutterwave writes them ----------------------------------

    /** The webhook of the transaction, sent with the store's secret hash, and Flutterwave's record agreeing. */
    private Delivery confirmed(PlacedOrder order, long amount, String status) {
        ProviderFakes.stub(authorized(get("/flutterwave/v3/transactions/" + transaction(order) + "/verify"))
                .willReturn(okJson(verification(order, amount, status))));
        return new Delivery(
                Map.of("Content-Type", "application/json", "verif-hash", secretHash),
                chargeCompleted(order, amount, status));
    }

    private static String chargeCompleted(PlacedOrder order, long amount, String status) {
        return """
                {
                  "event": "charge.completed",
                  "data": {
                    "id": %d,
                    "tx_ref": "%s",
                    "flw_ref": "FLW-MOCK-6f52518a2ecca2b6b090f9593eb390ce",
                    "device_fingerprint": "62a2e7d1d0f0d27d4cec2e2ea8ee9d2b",
                    "amount": %d,
                    "currency": "%s",
                    "charged_amount": %d,
                    "app_fee": 525,
                    "merchant_fee": 0,
                    "processor_response": "Approved by Financial Institution",
                    "auth_model": "NOAUTH",
                    "ip": "197.149.95.62",
                    "narration": "Compta Pro",
                    "status": "%s",
                    "payment_type": "mobilemoneyfranco",
                    "created_at": "2026-11-24T08:01:12.000Z",
                    "account_id": 17321,
                    "customer": {"id": 215604089, "name": "Awa Koné", "phone_number": "2250700000000",
                      "email": "%s", "created_at": "2026-11-24T08:01:12.000Z"}
                  },
                  "event.type": "MOBILEMONEYFRANCO_TRANSACTION"
                }""".formatted(
                        transaction(order),
                        order.reference(),
                        amount,
                        order.currency(),
                        amount,
                        status,
                        order.buyer().email());
    }

    private static String verification(PlacedOrder order, long amount, String status) {
        return """
                {"status": "success", "message": "Transaction fetched successfully",
                 "data": {"id": %d, "tx_ref": "%s", "flw_ref": "FLW-MOCK-6f52518a2ecca2b6b090f9593eb390ce",
                  "amount": %d, "currency": "%s", "charged_amount": %d, "app_fee": 525, "merchant_fee": 0,
                  "processor_response": "Approved by Financial Institution", "auth_model": "NOAUTH",
                  "status": "%s", "payment_type": "mobilemoneyfranco", "created_at": "2026-11-24T08:01:12.000Z",
                  "account_id": 17321, "amount_settled": %d,
                  "customer": {"id": 215604089, "name": "Awa Koné", "email": "%s"}}}""".formatted(
                        transaction(order),
                        order.reference(),
                        amount,
                        order.currency(),
                        amount,
                        status,
                        amount - 525,
                        order.buyer().email());
    }
}
