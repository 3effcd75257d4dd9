package com.mastertrade.payment.stripe;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.mastertrade.payment.Checkout;
import com.mastertrade.payment.InvalidWebhookException;
import com.mastertrade.payment.KnownPayments;
import com.mastertrade.payment.OrderPayment;
import com.mastertrade.payment.PaymentNotice;
import com.mastertrade.payment.PaymentNotice.Outcome;
import com.mastertrade.payment.PaymentProvider;
import com.mastertrade.payment.ProviderCredentials;
import com.mastertrade.payment.ProviderUnavailableException;
import com.mastertrade.payment.SampleOrders;
import com.mastertrade.payment.WebhookDelivery;
import com.mastertrade.payment.http.ProviderRejectedException;
import com.mastertrade.shared.ConflictException;
import com.mastertrade.shared.Money;
import com.stripe.net.Webhook;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StripeGatewayTest {

    @RegisterExtension
    static WireMockExtension stripe = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final String SECRET_KEY = "sk_test_51Mastertrade0000000000000000000000000000demo";
    private static final String WEBHOOK_SECRET = "whsec_demoSigningSecret00000000000000";
    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    private static final ProviderCredentials CREDENTIALS = new ProviderCredentials(
            PaymentProvider.STRIPE, Map.of("secret_key", SECRET_KEY, "webhook_secret", WEBHOOK_SECRET));
    private static final OrderPayment PAYMENT =
            new OrderPayment(1001, SampleOrders.REFERENCE, new Money(15000, "XOF"), "cs_test_a1B2c3D4e5", Map.of());

    private final StripeGateway gateway = new StripeGateway();

    @BeforeEach
    void pointTheGatewayAtTheFakeStripe() {
        // A path prefix, as the integration tests' bases have (http://127.0.0.1:<port>/stripe).
        gateway.apiBase = stripe.baseUrl() + "/stripe";
        gateway.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Test
    void opensACheckoutSessionForTheOrderWithItsIdempotencyKey() {
        stripe.stubFor(post("/stripe/v1/checkout/sessions").willReturn(okJson("""
                {"id": "cs_test_a1B2c3D4e5", "object": "checkout.session", "mode": "payment",
                 "url": "https://checkout.stripe.com/c/pay/cs_test_a1B2c3D4e5#fidkdWxOYHwnPyd1blpxYHZxWjA0",
                 "client_reference_id": "MT-ORD-1001", "amount_total": 15000, "currency": "xof",
                 "payment_status": "unpaid", "status": "open", "payment_intent": null}""")));

        Checkout checkout = gateway.openCheckout(SampleOrders.checkout(new Money(15000, "XOF")), CREDENTIALS);

        assertThat(checkout.url())
                .isEqualTo(URI.create(
                        "https://checkout.stripe.com/c/pay/cs_test_a1B2c3D4e5#fidkdWxOYHwnPyd1blpxYHZxWjA0"));
        assertThat(checkout.providerReference()).isEqualTo("cs_test_a1B2c3D4e5");
        stripe.verify(postRequestedFor(urlEqualTo("/stripe/v1/checkout/sessions"))
                .withHeader("Authorization", equalTo("Bearer " + SECRET_KEY))
                .withHeader("Idempotency-Key", equalTo("order-1001-checkout"))
                .withFormParam("mode", equalTo("payment"))
                .withFormParam("client_reference_id", equalTo("MT-ORD-1001"))
                .withFormParam("metadata[order_reference]", equalTo("MT-ORD-1001"))
                .withFormParam("payment_intent_data[metadata][order_reference]", equalTo("MT-ORD-1001"))
                .withFormParam("customer_email", equalTo("awa@example.ci"))
                .withFormParam("locale", equalTo("fr"))
                .withFormParam("success_url", equalTo(SampleOrders.RETURN_URL.toString()))
                .withFormParam("cancel_url", equalTo(SampleOrders.CANCEL_URL.toString()))
                .withFormParam("line_items[0][quantity]", equalTo("1"))
                .withFormParam("line_items[0][price_data][currency]", equalTo("xof"))
                // XOF is zero-decimal at Stripe: 15000 francs are 15000, not 1500000.
                .withFormParam("line_items[0][price_data][unit_amount]", equalTo("15000"))
                .withFormParam(
                        "line_items[0][price_data][product_data][name]", equalTo("Gestion Commerciale Pro 2026")));
    }

    @Test
    void sendsEurosInCents() {
        stripe.stubFor(post("/stripe/v1/checkout/sessions").willReturn(okJson("""
                {"id": "cs_test_eur", "object": "checkout.session", "url": "https://checkout.stripe.com/c/pay/cs_test_eur"}""")));

        gateway.openCheckout(SampleOrders.checkout(new Money(4990, "EUR")), CREDENTIALS);

        stripe.verify(postRequestedFor(urlEqualTo("/stripe/v1/checkout/sessions"))
                .withFormParam("line_items[0][price_data][currency]", equalTo("eur"))
                .withFormParam("line_items[0][price_data][unit_amount]", equalTo("4990")));
    }

    @Test
    void aRefusedRequestIsAProviderRejectionWithStripesMessageAndNoKey() {
        stripe.stubFor(post("/stripe/v1/checkout/sessions")
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                {"error": {"message": "Invalid API Key provided: sk_test_****demo", "type": "invalid_request_error"}}""")));

        assertThatThrownBy(() -> gateway.openCheckout(SampleOrders.checkout(new Money(15000, "XOF")), CREDENTIALS))
                .isInstanceOf(ProviderRejectedException.class)
                .hasMessageContaining("Stripe refused the request (HTTP 401)")
                .hasMessageContaining("Invalid API Key provided")
                .hasMessageNotContaining(SECRET_KEY);
    }

    @Test
    void aServerErrorMeansStripeIsUnavailable() {
        stripe.stubFor(post("/stripe/v1/checkout/sessions")
                .willReturn(aResponse()
                        .withStatus(500)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                                "{\"error\": {\"message\": \"An unknown error occurred\", \"type\": \"api_error\"}}")));

        assertThatThrownBy(() -> gateway.openCheckout(SampleOrders.checkout(new Money(15000, "XOF")), CREDENTIALS))
                .isInstanceOf(ProviderUnavailableException.class);
    }

    @Test
    void anAnswerSlowerThanTheReadTimeoutMeansStripeIsUnavailable() {
        gateway.readTimeout = Duration.ofSeconds(1);
        stripe.stubFor(post("/stripe/v1/checkout/sessions")
                .willReturn(okJson("{\"id\": \"cs_late\"}").withFixedDelay(3_000)));

        assertThatThrownBy(() -> gateway.openCheckout(SampleOrders.checkout(new Money(15000, "XOF")), CREDENTIALS))
                .isInstanceOf(ProviderUnavailableException.class);
    }

    @Test
    void aStoreWithoutASecretKeyIsNotConfigured() {
        ProviderCredentials onlyWebhook =
                new ProviderCredentials(PaymentProvider.STRIPE, Map.of("webhook_secret", WEBHOOK_SECRET));

        assertThatThrownBy(() -> gateway.openCheckout(SampleOrders.checkout(new Money(15000, "XOF")), onlyWebhook))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("secret_key");
    }

    @Test
    void aPaidCheckoutSessionIsAPaidNotice() {
        Optional<PaymentNotice> notice = gateway.readWebhook(
                signed(StripeEventsSamples.SESSION_COMPLETED_PAID),
                CREDENTIALS,
                KnownPayments.of(PaymentProvider.STRIPE, PAYMENT));

        assertThat(notice)
                .contains(new PaymentNotice(
                        "evt_1QmDemoCompleted",
                        "checkout.session.completed",
                        "MT-ORD-1001",
                        Outcome.PAID,
                        new Money(15000, "XOF"),
                        "cs_test_a1B2c3D4e5"));
    }

    @Test
    void aCompletedSessionNotYetPaidSaysNothing() {
        assertThat(gateway.readWebhook(
                        signed(StripeEventsSamples.SESSION_COMPLETED_UNPAID),
                        CREDENTIALS,
                        KnownPayments.of(PaymentProvider.STRIPE, PAYMENT)))
                .isEmpty();
    }

    @Test
    void delayedPaymentsSucceedOrFail() {
        assertThat(gateway.readWebhook(
                        signed(StripeEventsSamples.ASYNC_SUCCEEDED),
                        CREDENTIALS,
                        KnownPayments.of(PaymentProvider.STRIPE, PAYMENT)))
                .get()
                .extracting(PaymentNotice::outcome, PaymentNotice::eventId)
                .containsExactly(Outcome.PAID, "evt_1QmDemoAsyncOk");
        assertThat(gateway.readWebhook(
                        signed(StripeEventsSamples.ASYNC_FAILED),
                        CREDENTIALS,
                        KnownPayments.of(PaymentProvider.STRIPE, PAYMENT)))
                .get()
                .extracting(PaymentNotice::outcome, PaymentNotice::orderReference)
                .containsExactly(Outcome.FAILED, "MT-ORD-1001");
    }

    @Test
    void aRefundedChargeIsFoundThroughItsPaymentIntentsMetadata() {
        stripe.stubFor(get("/stripe/v1/payment_intents/pi_3QmDemoIntent").willReturn(okJson("""
                {"id": "pi_3QmDemoIntent", "object": "payment_intent", "amount": 15000, "currency": "xof",
                 "status": "succeeded", "metadata": {"order_reference": "MT-ORD-1001"}}""")));

        Optional<PaymentNotice> notice = gateway.readWebhook(
                signed(StripeEventsSamples.CHARGE_REFUNDED),
                CREDENTIALS,
                KnownPayments.of(PaymentProvider.STRIPE, PAYMENT));

        assertThat(notice)
                .contains(new PaymentNotice(
                        "evt_3QmDemoRefunded",
                        "charge.refunded",
                        "MT-ORD-1001",
                        Outcome.REFUNDED,
                        new Money(15000, "XOF"),
                        "ch_3QmDemoCharge"));
        stripe.verify(getRequestedFor(urlEqualTo("/stripe/v1/payment_intents/pi_3QmDemoIntent"))
                .withHeader("Authorization", equalTo("Bearer " + SECRET_KEY)));
    }

    @Test
    void otherEventsSayNothing() {
        assertThat(gateway.readWebhook(
                        signed(StripeEventsSamples.CUSTOMER_CREATED),
                        CREDENTIALS,
                        KnownPayments.of(PaymentProvider.STRIPE, PAYMENT)))
                .isEmpty();
    }

    @Test
    void aSignatureWithAnotherSecretIsRefused() {
        String payload = StripeEventsSamples.SESSION_COMPLETED_PAID;
        WebhookDelivery forged = delivery(payload, header(NOW.getEpochSecond(), "whsec_someoneElse", payload));

        assertThatThrownBy(() -> gateway.readWebhook(forged, CREDENTIALS, KnownPayments.of(PaymentProvider.STRIPE)))
                .isInstanceOf(InvalidWebhookException.class);
    }

    @Test
    void aBodyChangedAfterSigningIsRefused() {
        String payload = StripeEventsSamples.SESSION_COMPLETED_PAID;
        WebhookDelivery tampered =
                delivery(payload.replace("15000", "15"), header(NOW.getEpochSecond(), WEBHOOK_SECRET, payload));

        assertThatThrownBy(() -> gateway.readWebhook(tampered, CREDENTIALS, KnownPayments.of(PaymentProvider.STRIPE)))
                .isInstanceOf(InvalidWebhookException.class);
    }

    @Test
    void aSignatureOlderThanTheToleranceIsRefused() {
        String payload = StripeEventsSamples.SESSION_COMPLETED_PAID;
        long tenMinutesAgo = NOW.minusSeconds(600).getEpochSecond();

        assertThatThrownBy(() -> gateway.readWebhook(
                        delivery(payload, header(tenMinutesAgo, WEBHOOK_SECRET, payload)),
                        CREDENTIALS,
                        KnownPayments.of(PaymentProvider.STRIPE)))
                .isInstanceOf(InvalidWebhookException.class);
    }

    @Test
    void aDeliveryWithoutSignatureIsRefused() {
        WebhookDelivery unsigned = new WebhookDelivery(
                Map.of("Content-Type", "application/json"),
                StripeEventsSamples.SESSION_COMPLETED_PAID.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> gateway.readWebhook(unsigned, CREDENTIALS, KnownPayments.of(PaymentProvider.STRIPE)))
                .isInstanceOf(InvalidWebhookException.class)
                .hasMessageContaining("Stripe-Signature");
    }

    @Test
    void refundsTheSessionsPaymentIntentOnceWhateverTheRetries() {
        stripe.stubFor(get("/stripe/v1/checkout/sessions/cs_test_a1B2c3D4e5").willReturn(okJson("""
                {"id": "cs_test_a1B2c3D4e5", "object": "checkout.session", "payment_status": "paid",
                 "payment_intent": "pi_3QmDemoIntent", "amount_total": 15000, "currency": "xof"}""")));
        stripe.stubFor(post("/stripe/v1/refunds").willReturn(okJson("""
                {"id": "re_3QmDemoRefund", "object": "refund", "amount": 15000, "currency": "xof",
                 "payment_intent": "pi_3QmDemoIntent", "status": "succeeded"}""")));

        assertThat(gateway.refund(PAYMENT, CREDENTIALS)).isEqualTo("re_3QmDemoRefund");

        stripe.verify(postRequestedFor(urlEqualTo("/stripe/v1/refunds"))
                .withHeader("Idempotency-Key", equalTo("refund-cs_test_a1B2c3D4e5"))
                .withFormParam("payment_intent", equalTo("pi_3QmDemoIntent"))
                .withFormParam("metadata[order_reference]", equalTo("MT-ORD-1001")));
    }

    @Test
    void aSessionThatWasNeverPaidHasNothingToRefund() {
        stripe.stubFor(get("/stripe/v1/checkout/sessions/cs_test_a1B2c3D4e5").willReturn(okJson("""
                {"id": "cs_test_a1B2c3D4e5", "object": "checkout.session", "payment_status": "unpaid",
                 "payment_intent": null}""")));

        assertThatThrownBy(() -> gateway.refund(PAYMENT, CREDENTIALS)).isInstanceOf(ConflictException.class);
    }

    /** Signed the way Stripe signs: {@code t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>." + body)>}. */
    private static WebhookDelivery signed(String payload) {
        return delivery(payload, header(NOW.getEpochSecond(), WEBHOOK_SECRET, payload));
    }

    private static String header(long timestamp, String secret, String payload) {
        try {
            return "t=" + timestamp + ",v1=" + Webhook.Util.computeHmacSha256(secret, timestamp + "." + payload);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static WebhookDelivery delivery(String payload, String signature) {
        return new WebhookDelivery(
                Map.of("Content-Type", "application/json; charset=utf-8", "Stripe-Signature", signature),
                payload.getBytes(StandardCharsets.UTF_8));
    }
}
