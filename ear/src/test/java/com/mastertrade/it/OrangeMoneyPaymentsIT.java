package com.mastertrade.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.restassured.response.Response;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Orange Money Web Payment end to end: the OAuth token and the {@code webpayment} through Orange's API (played by
 * the tests' WireMock), and Orange's unsigned notifications, matched on their {@code notif_token} and believed only
 * once Orange's {@code transactionstatus} answer agrees. A web payment carries no idempotency key: it is asked once,
 * never retried. Web Payment has no refund API.
 */
class OrangeMoneyPaymentsIT extends ProviderPaymentsContract {

    private static final String WEB_PAYMENT = "/orangemoney/orange-money-webpay/ci/v1/webpayment";
    private static final String TRANSACTION_STATUS = "/orangemoney/orange-money-webpay/ci/v1/transactionstatus";

    private final String clientId = "om" + uniqueId();
    private final String clientSecret = "oms" + uniqueId();
    private final String merchantKey = "mk" + uniqueId().substring(0, 8);
    private final String accessToken = "OMT" + uniqueId() + uniqueId();

    OrangeMoneyPaymentsIT() {
        super("orangemoney", "https://mpayment.orange-money.com/ci/mpayment/abstract/", ONCE);
    }

    @Override
    Map<String, String> credentials() {
        return Map.of(
                "client_id", clientId, "client_secret", clientSecret, "merchant_key", merchantKey, "country", "ci");
    }

    @Override
    String bearer() {
        return accessToken;
    }

    /**
     * A token for the store's application; web payments whose tokens are made of the order's reference, so that
     * the tests know them; and a transaction status call that knows no other payment than those the tests make.
     */
    @Override
    void stubApi() {
        ProviderFakes.stub(post("/orangemoney/oauth/v3/token")
                .withBasicAuth(clientId, clientSecret)
                .willReturn(okJson("""
                        {"token_type": "Bearer", "access_token": "%s", "expires_in": "7776000"}""".formatted(accessToken))));
        ProviderFakes.stub(checkoutCall()
                .withRequestBody(matchingJsonPath("$.merchant_key", equalTo(merchantKey)))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                        {{#assign 'order'}}{{jsonPath request.body '$.order_id'}}{{/assign}}
                        {"status": 201, "message": "OK", "pay_token": "v1{{order}}", "notif_token": "nt{{order}}",
                         "payment_url": "https://mpayment.orange-money.com/ci/mpayment/abstract/v1{{order}}"}""")
                        .withTransformers("response-template")));
        ProviderFakes.stub(authorized(post(TRANSACTION_STATUS))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"message\": \"Transaction not found\"}")));
    }

    @Override
    MappingBuilder checkoutCall() {
        return authorized(post(urlPathEqualTo(WEB_PAYMENT)));
    }

    @Override
    RequestPatternBuilder checkoutCallsOf(PlacedOrder order) {
        return postRequestedFor(urlPathEqualTo(WEB_PAYMENT))
                .withRequestBody(matchingJsonPath("$.order_id", equalTo(order.reference())));
    }

    private static String payToken(PlacedOrder order) {
        return "v1" + order.reference();
    }

    private static String notifToken(PlacedOrder order) {
        return "nt" + order.reference();
    }

    private static String transaction(PlacedOrder order) {
        return "MP" + order.reference().substring(3);
    }

    @Override
    Delivery paid(PlacedOrder order, long amount) {
        return confirmed(order, amount, "SUCCESS");
    }

    @Override
    Delivery failed(PlacedOrder order) {
        return confirmed(order, order.amount(), "FAILED");
    }

    /** Orange's notifications are not signed: a forger does not know the order's notif_token. */
    @Override
    Delivery forged(PlacedOrder order) {
        return notification("nt" + uniqueId(), transaction(order), "SUCCESS");
    }

    /** Orange's status call is asked for the order's amount: it knows no such payment when another was paid. */
    @Override
    void assertNotFulfilled(Response answer) {
        answer.then().statusCode(400).body("error.code", is("WEBHOOK_INVALID"));
    }

    /** Orange's transaction status, asked for the order before the store believes a notification. */
    @Override
    Optional<RequestPatternBuilder> verificationCallsOf(PlacedOrder order) {
        return Optional.of(postRequestedFor(urlPathEqualTo(TRANSACTION_STATUS))
                .withRequestBody(matchingJsonPath("$.order_id", equalTo(order.reference()))));
    }

    @Override
    void stubRefund(PlacedOrder order) {
        // Web Payment has no refund API: see assertStaffRefund.
    }

    @Override
    void verifyRefundRequested(PlacedOrder order) {
        throw new UnsupportedOperationException("Orange Money Web Payment has no refund API");
    }

    /** Refunded by hand in Orange's merchant portal: the store refuses and changes nothing. */
    @Override
    void assertStaffRefund(PlacedOrder order, String key) {
        refund(order)
                .then()
                .statusCode(409)
                .body("error.code", is("REFUND_NOT_SUPPORTED"))
                .body("error.message", containsString("merchant portal"));
        orderOf(order).then().body("status", is("paid"));
        Platform.licenseCall("validate", key, "orangemoney-device").then().body("code", is("VALID"));
    }

    @Test
    void aTransactionStatusOrangeDoesNotAnswerIsRetriedAndTheNotificationIsAnswered503() {
        PlacedOrder order = placeOrder("status-down");
        Delivery paid = paid(order, order.amount());
        RequestPatternBuilder statusCalls = postRequestedFor(urlPathEqualTo(TRANSACTION_STATUS))
                .withRequestBody(matchingJsonPath("$.order_id", equalTo(order.reference())));

        ProviderFakes.during(authorized(post(TRANSACTION_STATUS)).willReturn(serviceUnavailable()), () -> deliver(paid))
                .then()
                .statusCode(503)
                .body("error.code", is("PROVIDER_UNAVAILABLE"));

        assertThat(ProviderFakes.count(statusCalls)).isEqualTo(RETRIED);
        orderOf(order).then().body("status", is("pending"));
        assertThat(outcome(deliver(paid))).as("Orange's next notification").isEqualTo("paid");
    }

    @Test
    void theWebPaymentIsForTheOrdersAmountAndNamesTheStoresWebhook() {
        PlacedOrder order = placeOrder("webpayment");

        ProviderFakes.api()
                .verify(
                        1,
                        checkoutCallsOf(order)
                                .withRequestBody(matchingJsonPath("$.merchant_key", equalTo(merchantKey)))
                                .withRequestBody(matchingJsonPath("$.currency", equalTo("XOF")))
                                .withRequestBody(matchingJsonPath("$.amount", equalTo(Long.toString(XOF_PRICE))))
                                .withRequestBody(matchingJsonPath(
                                        "$.notif_url",
                                        equalTo(Platform.BASE_URL + "/t/" + store.slug()
                                                + "/api/payments/webhook/orangemoney"))));
    }

    // ---- Orange's notifications and status answers ------------------------------------------------------------

    /** Orange's notification, and its transaction status for the order, pay token and amount paid agreeing. */
    private Delivery confirmed(PlacedOrder order, long amount, String status) {
        ProviderFakes.stub(authorized(post(TRANSACTION_STATUS))
                .withRequestBody(matchingJsonPath("$.order_id", equalTo(order.reference())))
                .withRequestBody(matchingJsonPath("$.pay_token", equalTo(payToken(order))))
                .withRequestBody(matchingJsonPath("$.amount", equalTo(Long.toString(amount))))
                .willReturn(okJson("""
                        {"status": "%s", "order_id": "%s", "txnid": "%s"}""".formatted(status, order.reference(), transaction(order)))));
        return notification(notifToken(order), transaction(order), status);
    }

    private static Delivery notification(String notifToken, String txnid, String status) {
        return new Delivery(Map.of("Content-Type", "application/json"), """
                {"status": "%s", "notif_token": "%s", "txnid": "%s"}""".formatted(status, notifToken, txnid));
    }
}
