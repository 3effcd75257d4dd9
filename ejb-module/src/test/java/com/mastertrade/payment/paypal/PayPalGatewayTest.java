package com.mastertrade.payment.paypal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
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
import com.mastertrade.payment.http.ProviderHttp;
import com.mastertrade.payment.http.ProviderRejectedException;
import com.mastertrade.shared.ConflictException;
import com.mastertrade.shared.Money;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PayPalGatewayTest {

    @RegisterExtension
    static WireMockExtension paypal = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final String CLIENT_ID = "AVdemoClientId0000000000000000000000000000000000000000000000000000000000";
    private static final String CLIENT_SECRET =
            "EFdemoClientSecret000000000000000000000000000000000000000000000000000000";
    private static final String ACCESS_TOKEN =
            "A21AAFEpH4PsADK7qSS7pSRsgzfENtu-Q1ysgEDVDESseMHBYXVJYE8ovjj68elIDy8nF26AwPhfXTIeWAZHSLIsQkSYz9ifg";
    private static final Map<String, String> CREDENTIALS =
            Map.of("client_id", CLIENT_ID, "client_secret", CLIENT_SECRET, "webhook_id", "8PT597110X687430LKGECATA");
    private static final OrderPayment PAYMENT =
            new OrderPayment(1001, SampleOrders.REFERENCE, new Money(4990, "EUR"), PayPalSamples.ORDER_ID, Map.of());

    private final PayPalGateway gateway = new PayPalGateway();

    @BeforeEach
    void pointTheGatewayAtTheFakePayPal() {
        gateway.liveBase = paypal.baseUrl() + "/paypal";
        gateway.sandboxBase = paypal.baseUrl() + "/paypal-sandbox";
        gateway.clock = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);
        gateway.tokenCache();
        paypal.stubFor(post("/paypal/v1/oauth2/token").willReturn(okJson(PayPalSamples.TOKEN)));
    }

    @Test
    void createsAnOrderToCaptureAndSendsTheCustomerToApproveIt() {
        paypal.stubFor(post("/paypal/v2/checkout/orders").willReturn(okJson(PayPalSamples.ORDER_CREATED)));

        Checkout checkout = gateway.openCheckout(SampleOrders.checkout(new Money(4990, "EUR")), credentials());

        assertThat(checkout.url()).isEqualTo(URI.create("https://www.paypal.com/checkoutnow?token=5O190127TN364715T"));
        assertThat(checkout.providerReference()).isEqualTo(PayPalSamples.ORDER_ID);
        paypal.verify(postRequestedFor(urlEqualTo("/paypal/v1/oauth2/token"))
                .withHeader("Authorization", equalTo(ProviderHttp.basicAuthorization(CLIENT_ID, CLIENT_SECRET)))
                .withFormParam("grant_type", equalTo("client_credentials")));
        paypal.verify(postRequestedFor(urlEqualTo("/paypal/v2/checkout/orders"))
                .withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
                .withHeader("PayPal-Request-Id", equalTo("order-1001-checkout"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(matchingJsonPath("$.intent", equalTo("CAPTURE")))
                .withRequestBody(matchingJsonPath("$.purchase_units[0].reference_id", equalTo("MT-ORD-1001")))
                .withRequestBody(matchingJsonPath("$.purchase_units[0].custom_id", equalTo("MT-ORD-1001")))
                .withRequestBody(matchingJsonPath("$.purchase_units[0].amount.currency_code", equalTo("EUR")))
                .withRequestBody(matchingJsonPath("$.purchase_units[0].amount.value", equalTo("49.90")))
                .withRequestBody(
                        matchingJsonPath("$.payment_source.paypal.experience_context.locale", equalTo("fr-FR")))
                .withRequestBody(matchingJsonPath(
                        "$.payment_source.paypal.experience_context.return_url",
                        equalTo(SampleOrders.RETURN_URL.toString())))
                .withRequestBody(matchingJsonPath(
                        "$.payment_source.paypal.experience_context.cancel_url",
                        equalTo(SampleOrders.CANCEL_URL.toString()))));
    }

    @Test
    void oneAccessTokenServesManyCallsUntilItExpires() {
        paypal.stubFor(post("/paypal/v2/checkout/orders").willReturn(okJson(PayPalSamples.ORDER_CREATED)));

        gateway.openCheckout(SampleOrders.checkout(new Money(4990, "EUR")), credentials());
        gateway.openCheckout(SampleOrders.checkout(new Money(990, "USD")), credentials());

        paypal.verify(1, postRequestedFor(urlEqualTo("/paypal/v1/oauth2/token")));
        paypal.verify(2, postRequestedFor(urlEqualTo("/paypal/v2/checkout/orders")));
    }

    @Test
    void aSandboxAppIsSentToPayPalsSandbox() {
        paypal.stubFor(post("/paypal-sandbox/v1/oauth2/token").willReturn(okJson(PayPalSamples.TOKEN)));
        paypal.stubFor(post("/paypal-sandbox/v2/checkout/orders").willReturn(okJson(PayPalSamples.ORDER_CREATED)));
        Map<String, String> sandbox = new HashMap<>(CREDENTIALS);
        sandbox.put("environment", "sandbox");

        gateway.openCheckout(
                SampleOrders.checkout(new Money(4990, "EUR")),
                new ProviderCredentials(PaymentProvider.PAYPAL, sandbox));

        paypal.verify(1, postRequestedFor(urlEqualTo("/paypal-sandbox/v2/checkout/orders")));
        paypal.verify(0, postRequestedFor(urlEqualTo("/paypal/v2/checkout/orders")));
    }

    @Test
    void francsCfaAreRefusedBeforePayPalIsAsked() {
        assertThatThrownBy(() -> gateway.openCheckout(SampleOrders.checkout(new Money(15000, "XOF")), credentials()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("PayPal does not take XOF")
                .extracting(e -> ((ConflictException) e).code())
                .isEqualTo("CURRENCY_NOT_SUPPORTED");
        paypal.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aRefusedOrderIsAProviderRejectionThatSaysWhy() {
        paypal.stubFor(post("/paypal/v2/checkout/orders")
                .willReturn(aResponse()
                        .withStatus(422)
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                {"name": "UNPROCESSABLE_ENTITY",
                 "details": [{"field": "/purchase_units/@reference_id=='MT-ORD-1001'/amount/currency_code",
                   "issue": "CURRENCY_NOT_SUPPORTED_FOR_RECEIVER", "description": "This currency cannot be accepted."}],
                 "message": "The requested action could not be performed.", "debug_id": "b1a2c3d4e5f60"}""")));

        assertThatThrownBy(() -> gateway.openCheckout(SampleOrders.checkout(new Money(4990, "EUR")), credentials()))
                .isInstanceOf(ProviderRejectedException.class)
                .hasMessageContaining("PayPal refused the request (HTTP 422)")
                .hasMessageContaining("CURRENCY_NOT_SUPPORTED_FOR_RECEIVER")
                .hasMessageNotContaining(CLIENT_SECRET);
    }

    @Test
    void aServerErrorOrASlowAnswerMeansPayPalIsUnavailable() {
        paypal.stubFor(post("/paypal/v2/checkout/orders").willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> gateway.openCheckout(SampleOrders.checkout(new Money(4990, "EUR")), credentials()))
                .isInstanceOf(ProviderUnavailableException.class);

        gateway.http = new ProviderHttp(PaymentProvider.PAYPAL, Duration.ofSeconds(1));
        gateway.tokenCache();
        paypal.stubFor(post("/paypal/v2/checkout/orders")
                .willReturn(okJson(PayPalSamples.ORDER_CREATED).withFixedDelay(3_000)));
        assertThatThrownBy(() -> gateway.openCheckout(SampleOrders.checkout(new Money(4990, "EUR")), credentials()))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("did not answer within 1000 ms");
    }

    @Test
    void capturesTheApprovedOrderWhenTheCustomerComesBack() {
        paypal.stubFor(post("/paypal/v2/checkout/orders/5O190127TN364715T/capture")
                .willReturn(okJson(PayPalSamples.ORDER_CAPTURED).withStatus(201)));

        Optional<PaymentNotice> notice = gateway.onReturn(
                Map.of("token", PayPalSamples.ORDER_ID, "PayerID", "QYR5Z8XDVJNXQ"), PAYMENT, credentials());

        assertThat(notice)
                .contains(new PaymentNotice(
                        "capture:42311647XV020574X:COMPLETED",
                        "CHECKOUT.ORDER.CAPTURED",
                        "MT-ORD-1001",
                        Outcome.PAID,
                        new Money(4990, "EUR"),
                        PayPalSamples.CAPTURE_ID));
        paypal.verify(postRequestedFor(urlEqualTo("/paypal/v2/checkout/orders/5O190127TN364715T/capture"))
                .withHeader("PayPal-Request-Id", equalTo("capture-5O190127TN364715T"))
                .withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN)));
    }

    @Test
    void anOrderNotApprovedYetOrAnotherOrdersTokenTellsNothing() {
        paypal.stubFor(post("/paypal/v2/checkout/orders/5O190127TN364715T/capture")
                .willReturn(aResponse()
                        .withStatus(422)
                        .withHeader("Content-Type", "application/json")
                        .withBody(PayPalSamples.NOT_APPROVED)));

        assertThat(gateway.onReturn(Map.of("token", PayPalSamples.ORDER_ID), PAYMENT, credentials()))
                .isEmpty();
        assertThat(gateway.onReturn(Map.of("token", "8AB12345CD678901E"), PAYMENT, credentials()))
                .isEmpty();
        paypal.verify(1, postRequestedFor(urlEqualTo("/paypal/v2/checkout/orders/5O190127TN364715T/capture")));
    }

    @Test
    void aCompletedCaptureWebhookVerifiedByPayPalIsTheSamePaymentAsTheCaptureOnReturn() {
        paypal.stubFor(post("/paypal/v1/notifications/verify-webhook-signature")
                .willReturn(okJson("{\"verification_status\": \"SUCCESS\"}")));

        Optional<PaymentNotice> notice = gateway.readWebhook(
                delivery(PayPalSamples.CAPTURE_COMPLETED),
                credentials(),
                KnownPayments.of(PaymentProvider.PAYPAL, PAYMENT));

        assertThat(notice)
                .contains(new PaymentNotice(
                        "capture:42311647XV020574X:COMPLETED",
                        "PAYMENT.CAPTURE.COMPLETED",
                        "MT-ORD-1001",
                        Outcome.PAID,
                        new Money(4990, "EUR"),
                        PayPalSamples.CAPTURE_ID));
        paypal.verify(postRequestedFor(urlEqualTo("/paypal/v1/notifications/verify-webhook-signature"))
                .withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
                .withRequestBody(matchingJsonPath("$.auth_algo", equalTo("SHA256withRSA")))
                .withRequestBody(matchingJsonPath(
                        "$.cert_url",
                        equalTo("https://api.paypal.com/v1/notifications/certs/CERT-360caa42-fca2a594-a5cafa77")))
                .withRequestBody(matchingJsonPath("$.transmission_id", equalTo("69cd13f0-d67a-11e5-baa3-778b53f4ae55")))
                .withRequestBody(matchingJsonPath("$.transmission_sig", equalTo(SIGNATURE)))
                .withRequestBody(matchingJsonPath("$.transmission_time", equalTo("2026-11-24T08:01:15Z")))
                .withRequestBody(matchingJsonPath("$.webhook_id", equalTo("8PT597110X687430LKGECATA")))
                .withRequestBody(matchingJsonPath("$.webhook_event", equalToJson(PayPalSamples.CAPTURE_COMPLETED)))
                // The event goes back byte for byte: PayPal's signature covers the body as it was sent.
                .withRequestBody(containing(PayPalSamples.CAPTURE_COMPLETED)));
    }

    @Test
    void aNotificationPayPalDoesNotVouchForIsRefused() {
        paypal.stubFor(post("/paypal/v1/notifications/verify-webhook-signature")
                .willReturn(okJson("{\"verification_status\": \"FAILURE\"}")));

        assertThatThrownBy(() -> gateway.readWebhook(
                        delivery(PayPalSamples.CAPTURE_COMPLETED),
                        credentials(),
                        KnownPayments.of(PaymentProvider.PAYPAL, PAYMENT)))
                .isInstanceOf(InvalidWebhookException.class);
    }

    @Test
    void aNotificationWithoutTransmissionHeadersIsRefusedWithoutAskingPayPal() {
        WebhookDelivery bare = new WebhookDelivery(
                Map.of("Content-Type", "application/json"),
                PayPalSamples.CAPTURE_COMPLETED.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> gateway.readWebhook(bare, credentials(), KnownPayments.of(PaymentProvider.PAYPAL)))
                .isInstanceOf(InvalidWebhookException.class)
                .hasMessageContaining("PAYPAL-AUTH-ALGO");
        paypal.verify(0, postRequestedFor(urlEqualTo("/paypal/v1/notifications/verify-webhook-signature")));
    }

    @Test
    void aDeniedCaptureIsAFailedPayment() {
        paypal.stubFor(post("/paypal/v1/notifications/verify-webhook-signature")
                .willReturn(okJson("{\"verification_status\": \"SUCCESS\"}")));

        assertThat(gateway.readWebhook(
                        delivery(PayPalSamples.CAPTURE_DENIED),
                        credentials(),
                        KnownPayments.of(PaymentProvider.PAYPAL, PAYMENT)))
                .get()
                .extracting(PaymentNotice::outcome, PaymentNotice::eventId, PaymentNotice::orderReference)
                .containsExactly(Outcome.FAILED, "capture:42311647XV020574X:DENIED", "MT-ORD-1001");
    }

    @Test
    void aRefundMadeInPayPalsDashboardIsTracedToTheOrderThroughItsCapture() {
        paypal.stubFor(post("/paypal/v1/notifications/verify-webhook-signature")
                .willReturn(okJson("{\"verification_status\": \"SUCCESS\"}")));
        paypal.stubFor(get("/paypal/v2/payments/captures/42311647XV020574X").willReturn(okJson("""
                {"id": "42311647XV020574X", "status": "REFUNDED", "custom_id": "MT-ORD-1001",
                 "amount": {"currency_code": "EUR", "value": "49.90"}}""")));

        assertThat(gateway.readWebhook(
                        delivery(PayPalSamples.CAPTURE_REFUNDED),
                        credentials(),
                        KnownPayments.of(PaymentProvider.PAYPAL, PAYMENT)))
                .contains(new PaymentNotice(
                        "refund:1Y107995YT783435V",
                        "PAYMENT.CAPTURE.REFUNDED",
                        "MT-ORD-1001",
                        Outcome.REFUNDED,
                        new Money(4990, "EUR"),
                        "1Y107995YT783435V"));
    }

    @Test
    void otherEventsSayNothingAndCostNoCall() {
        assertThat(gateway.readWebhook(
                        delivery(PayPalSamples.ORDER_APPROVED),
                        credentials(),
                        KnownPayments.of(PaymentProvider.PAYPAL, PAYMENT)))
                .isEmpty();
        paypal.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void refundsTheOrdersCaptureOnceWhateverTheRetries() {
        paypal.stubFor(
                get("/paypal/v2/checkout/orders/5O190127TN364715T").willReturn(okJson(PayPalSamples.ORDER_CAPTURED)));
        paypal.stubFor(post("/paypal/v2/payments/captures/42311647XV020574X/refund")
                .willReturn(okJson("""
                {"id": "1JU08902781691411", "status": "COMPLETED",
                 "links": [{"href": "https://api.paypal.com/v2/payments/refunds/1JU08902781691411", "rel": "self", "method": "GET"},
                           {"href": "https://api.paypal.com/v2/payments/captures/42311647XV020574X", "rel": "up", "method": "GET"}]}""").withStatus(201)));

        assertThat(gateway.refund(PAYMENT, credentials())).isEqualTo("1JU08902781691411");
        paypal.verify(postRequestedFor(urlEqualTo("/paypal/v2/payments/captures/42311647XV020574X/refund"))
                .withHeader("PayPal-Request-Id", equalTo("refund-42311647XV020574X"))
                .withRequestBody(equalToJson("{\"custom_id\": \"MT-ORD-1001\"}"))
                .withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN)));
    }

    @Test
    void anOrderNeverCapturedHasNothingToRefund() {
        paypal.stubFor(get("/paypal/v2/checkout/orders/5O190127TN364715T").willReturn(okJson("""
                {"id": "5O190127TN364715T", "status": "PAYER_ACTION_REQUIRED",
                 "purchase_units": [{"reference_id": "MT-ORD-1001", "amount": {"currency_code": "EUR", "value": "49.90"}}]}""")));

        assertThatThrownBy(() -> gateway.refund(PAYMENT, credentials())).isInstanceOf(ConflictException.class);
        paypal.verify(0, postRequestedFor(urlEqualTo("/paypal/v2/payments/captures/42311647XV020574X/refund")));
    }

    private static final String SIGNATURE =
            "eoCIm1/3DP4UY4oOMKCWS6p5EbM+SPE2Qm9N1dfb5GyHLdpyIK+Bg3QgoE3SiW0k3tu8JzDqJvGo"
                    + "dBcsUPUZ9QqlUCnGEmqQRIt/9xv3hkWuTTFefghAPiBVoxNJWSDQljr4eDF5nT3X5rYA3dwwZaYGWJCAdW1Af1mb9Wu4cMQZS4Ib5SRpbt"
                    + "Zi8SgbcORcjHpYJJMRJVzX7a1XMH+KTJVZG1ZgPL9CpYgDXHHjgMrw+OAhDA+Rq+8gHX2Cnu2Um76ZsgYpmxgLH2r+vzBC8zRhCvPOhhgg"
                    + "AkwpHuvxrYEBATkhGrIZJp+R/tqnhv9J2gl3cO1HBs1W2bh7xEYWqDdmQ==";

    /** A delivery with the transmission headers PayPal sends (their values from PayPal's documentation). */
    private static WebhookDelivery delivery(String event) {
        return new WebhookDelivery(
                Map.of(
                        "Content-Type", "application/json",
                        "PAYPAL-AUTH-ALGO", "SHA256withRSA",
                        "PAYPAL-CERT-URL",
                                "https://api.paypal.com/v1/notifications/certs/CERT-360caa42-fca2a594-a5cafa77",
                        "PAYPAL-TRANSMISSION-ID", "69cd13f0-d67a-11e5-baa3-778b53f4ae55",
                        "PAYPAL-TRANSMISSION-SIG", SIGNATURE,
                        "PAYPAL-TRANSMISSION-TIME", "2026-11-24T08:01:15Z"),
                event.getBytes(StandardCharsets.UTF_8));
    }

    private static ProviderCredentials credentials() {
        return new ProviderCredentials(PaymentProvider.PAYPAL, CREDENTIALS);
    }
}
