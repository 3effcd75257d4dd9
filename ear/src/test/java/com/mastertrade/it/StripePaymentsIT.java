package com.mastertrade.it;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Stripe end to end: Checkout Sessions and refunds through Stripe's API (played by the tests' WireMock, as
 * stripe-java calls it), and Stripe's events signed here with the JDK's HMAC,
 * exactly as Stripe signs them ({@code Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>}).
 */
class StripePaymentsIT extends ProviderPaymentsContract {

    private final String secretKey = "sk_test_51" + uniqueId() + uniqueId();
    private final String webhookSecret = "whsec_" + uniqueId();

    StripePaymentsIT() {
        super("stripe", "https://checkout.stripe.com/c/pay/", RETRIED);
    }

    @Override
    Map<String, String> credentials() {
        return Map.of("secret_key", secretKey, "webhook_secret", webhookSecret);
    }

    @Override
    String bearer() {
        return secretKey;
    }

    /** A Checkout Session whose id is made of the order's reference: the tests know it without asking. */
    @Override
    void stubApi() {
        ProviderFakes.stub(checkoutCall().willReturn(okJson("""
                {{formData request.body 'form' urlDecode=true}}{
                  "id": "cs_test_{{form.client_reference_id}}", "object": "checkout.session", "livemode": false,
                  "mode": "payment", "client_reference_id": "{{form.client_reference_id}}",
                  "customer_email": "{{form.customer_email}}", "payment_intent": null,
                  "payment_status": "unpaid", "status": "open",
                  "url": "https://checkout.stripe.com/c/pay/cs_test_{{form.client_reference_id}}#fidkdWxOYHwn"
                }""").withTransformers("response-template")));
    }

    @Override
    MappingBuilder checkoutCall() {
        return authorized(post(urlPathEqualTo("/stripe/v1/checkout/sessions")));
    }

    @Override
    RequestPatternBuilder checkoutCallsOf(PlacedOrder order) {
        return postRequestedFor(urlPathEqualTo("/stripe/v1/checkout/sessions"))
                .withHeader("Idempotency-Key", equalTo("mastertrade-checkout-" + order.reference()));
    }

    private static String session(PlacedOrder order) {
        return "cs_test_" + order.reference();
    }

    private static String paymentIntent(PlacedOrder order) {
        return "pi_3Qm" + order.reference().substring(3);
    }

    @Override
    Delivery paid(PlacedOrder order, long amount) {
        return signed(sessionEvent("checkout.session.completed", order, amount, "paid"), webhookSecret);
    }

    @Override
    Delivery failed(PlacedOrder order) {
        return signed(
                sessionEvent("checkout.session.async_payment_failed", order, order.amount(), "unpaid"), webhookSecret);
    }

    @Override
    Delivery forged(PlacedOrder order) {
        return signed(sessionEvent("checkout.session.completed", order, order.amount(), "paid"), "whsec_" + uniqueId());
    }

    @Override
    void stubRefund(PlacedOrder order) {
        ProviderFakes.stub(authorized(get("/stripe/v1/checkout/sessions/" + session(order)))
                .willReturn(okJson(
                        """
                {"id": "%s", "object": "checkout.session", "client_reference_id": "%s", "payment_status": "paid",
                 "status": "complete", "payment_intent": "%s", "amount_total": %d, "currency": "xof"}""".formatted(session(order), order.reference(), paymentIntent(order), order.amount()))));
        ProviderFakes.stub(authorized(post("/stripe/v1/refunds"))
                .withFormParam("payment_intent", equalTo(paymentIntent(order)))
                .willReturn(
                        okJson("""
                        {"id": "re_3Qm%s", "object": "refund", "amount": %d, "currency": "xof",
                         "payment_intent": "%s", "status": "succeeded"}""".formatted(order.reference().substring(3), order.amount(), paymentIntent(order)))));
    }

    @Override
    void verifyRefundRequested(PlacedOrder order) {
        ProviderFakes.api()
                .verify(
                        1,
                        postRequestedFor(urlPathEqualTo("/stripe/v1/refunds"))
                                .withHeader("Authorization", equalTo("Bearer " + secretKey))
                                .withHeader("Idempotency-Key", equalTo("refund-" + session(order)))
                                .withFormParam("payment_intent", equalTo(paymentIntent(order)))
                                .withFormParam("metadata[order_reference]", equalTo(order.reference())));
    }

    @Test
    void theCheckoutSessionIsForTheOrdersAmountWithItsReferenceAndIdempotencyKey() {
        PlacedOrder order = placeOrder("session");

        ProviderFakes.api()
                .verify(
                        1,
                        checkoutCallsOf(order)
                                .withHeader("Authorization", equalTo("Bearer " + secretKey))
                                .withFormParam("client_reference_id", equalTo(order.reference()))
                                .withFormParam(
                                        "payment_intent_data[metadata][order_reference]", equalTo(order.reference()))
                                .withFormParam("line_items[0][price_data][currency]", equalTo("xof"))
                                .withFormParam(
                                        "line_items[0][price_data][unit_amount]", equalTo(Long.toString(XOF_PRICE)))
                                .withFormParam(
                                        "customer_email", equalTo(order.buyer().email()))
                                .withFormParam(
                                        "success_url",
                                        equalTo(Platform.BASE_URL + "/t/" + store.slug()
                                                + "/api/payments/return/stripe?order=" + order.reference())));
    }

    @Test
    void aRefundMadeInStripesDashboardRevokesTheLicenseThroughChargeRefunded() throws Exception {
        PlacedOrder order = paidOrder("dashboard-refund");
        String key = licenseKey(order);
        ProviderFakes.stub(authorized(get("/stripe/v1/payment_intents/" + paymentIntent(order)))
                .willReturn(okJson("""
                {"id": "%s", "object": "payment_intent", "amount": %d, "currency": "xof", "status": "succeeded",
                 "metadata": {"order_reference": "%s"}}""".formatted(paymentIntent(order), order.amount(), order.reference()))));
        Delivery refunded = signed(chargeRefunded(order), webhookSecret);

        assertThat(outcome(deliver(refunded))).isEqualTo("refunded");
        assertThat(outcome(deliver(refunded))).isEqualTo("duplicate");

        // Each delivery is read on its own, the duplicate too: Stripe is asked twice.
        ProviderFakes.api()
                .verify(2, getRequestedFor(urlPathEqualTo("/stripe/v1/payment_intents/" + paymentIntent(order))));
        orderOf(order).then().body("status", is("refunded"));
        Platform.licenseCall("validate", key, "stripe-device").then().body("code", is("REVOKED"));
        refund(order).then().statusCode(409).body("error.code", is("ORDER_NOT_PAID"));
    }

    // ---- Stripe's events, as Stripe sends them (API version 2025-08-27.basil) -------------------------------------

    private static String sessionEvent(String type, PlacedOrder order, long amount, String paymentStatus) {
        return """
                {
                  "id": "evt_1Qm%s",
                  "object": "event",
                  "api_version": "2025-08-27.basil",
                  "created": %d,
                  "data": {
                    "object": {
                      "id": "%s",
                      "object": "checkout.session",
                      "amount_subtotal": %d,
                      "amount_total": %d,
                      "client_reference_id": "%s",
                      "currency": "%s",
                      "livemode": false,
                      "metadata": {"order_reference": "%s"},
                      "mode": "payment",
                      "payment_intent": "%s",
                      "payment_status": "%s",
                      "status": "complete",
                      "url": null
                    }
                  },
                  "livemode": false,
                  "pending_webhooks": 1,
                  "request": {"id": null, "idempotency_key": null},
                  "type": "%s"
                }""".formatted(
                        uniqueId(),
                        Instant.now().getEpochSecond(),
                        session(order),
                        amount,
                        amount,
                        order.reference(),
                        order.currency().toLowerCase(Locale.ROOT),
                        order.reference(),
                        paymentIntent(order),
                        paymentStatus,
                        type);
    }

    /** A refund made in Stripe's dashboard: the charge names its payment intent, not the order. */
    private static String chargeRefunded(PlacedOrder order) {
        return """
                {
                  "id": "evt_3Qm%s",
                  "object": "event",
                  "api_version": "2025-08-27.basil",
                  "created": %d,
                  "data": {
                    "object": {
                      "id": "ch_3Qm%s",
                      "object": "charge",
                      "amount": %d,
                      "amount_captured": %d,
                      "amount_refunded": %d,
                      "captured": true,
                      "currency": "%s",
                      "livemode": false,
                      "metadata": {},
                      "paid": true,
                      "payment_intent": "%s",
                      "refunded": true,
                      "status": "succeeded"
                    },
                    "previous_attributes": {"amount_refunded": 0, "refunded": false}
                  },
                  "livemode": false,
                  "pending_webhooks": 1,
                  "request": {"id": null, "idempotency_key": null},
                  "type": "charge.refunded"
                }""".formatted(
                        uniqueId(),
                        Instant.now().getEpochSecond(),
                        uniqueId(),
                        order.amount(),
                        order.amount(),
                        order.amount(),
                        order.currency().toLowerCase(Locale.ROOT),
                        paymentIntent(order));
    }

    /**
     * Signed now as Stripe signs (its webhook documentation): {@code Stripe-Signature: t=<unix seconds>,v1=<hex of
     * HMAC-SHA256(secret, "<t>.<payload>")>}, computed here with the JDK rather than by the SDK that checks it.
     */
    private static Delivery signed(String payload, String secret) {
        long timestamp = Instant.now().getEpochSecond();
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String signature = HexFormat.of()
                    .formatHex(hmac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8)));
            return new Delivery(
                    Map.of(
                            "Content-Type",
                            "application/json; charset=utf-8",
                            "User-Agent",
                            "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
                            "Stripe-Signature",
                            "t=" + timestamp + ",v1=" + signature),
                    payload);
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
