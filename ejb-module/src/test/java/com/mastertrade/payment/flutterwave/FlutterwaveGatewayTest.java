package com.mastertrade.payment.flutterwave;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
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
import com.mastertrade.shared.Money;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlutterwaveGatewayTest {

    @RegisterExtension
    static WireMockExtension flutterwave = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final String SECRET_KEY = "FLWSECK_TEST-9b1f0d2e3c4a5b6c7d8e9f00112233aa-X";
    private static final String SECRET_HASH = "mastertrade-demo-hash-2026";
    private static final ProviderCredentials CREDENTIALS = new ProviderCredentials(
            PaymentProvider.FLUTTERWAVE, Map.of("secret_key", SECRET_KEY, "secret_hash", SECRET_HASH));
    private static final OrderPayment PAYMENT =
            new OrderPayment(1001, SampleOrders.REFERENCE, new Money(15000, "XOF"), SampleOrders.REFERENCE, Map.of());
    private static final KnownPayments PAYMENTS = KnownPayments.of(PaymentProvider.FLUTTERWAVE, PAYMENT);

    private final FlutterwaveGateway gateway = new FlutterwaveGateway();

    @BeforeEach
    void pointTheGatewayAtTheFakeFlutterwave() {
        gateway.apiBase = flutterwave.baseUrl() + "/flutterwave";
    }

    @Test
    void opensAHostedPaymentLinkForTheOrder() {
        flutterwave.stubFor(post("/flutterwave/v3/payments").willReturn(okJson("""
                {"status": "success", "message": "Hosted Link",
                 "data": {"link": "https://checkout.flutterwave.com/v3/hosted/pay/f524c1196ffda5556341"}}""")));

        Checkout checkout = gateway.openCheckout(SampleOrders.checkout(new Money(15000, "XOF")), CREDENTIALS);

        assertThat(checkout.url())
                .isEqualTo(URI.create("https://checkout.flutterwave.com/v3/hosted/pay/f524c1196ffda5556341"));
        assertThat(checkout.providerReference()).isEqualTo("MT-ORD-1001");
        flutterwave.verify(postRequestedFor(urlEqualTo("/flutterwave/v3/payments"))
                .withHeader("Authorization", equalTo("Bearer " + SECRET_KEY))
                .withRequestBody(equalToJson("""
                        {"tx_ref": "MT-ORD-1001", "amount": 15000, "currency": "XOF",
                         "redirect_url": "https://demo.mastertrade.test/orders/1001/return",
                         "customer": {"email": "awa@example.ci"},
                         "customizations": {"title": "Gestion Commerciale Pro 2026"},
                         "meta": {"order_reference": "MT-ORD-1001"}}""")));
    }

    @Test
    void sendsAmountsInMajorUnits() {
        flutterwave.stubFor(post("/flutterwave/v3/payments").willReturn(okJson("""
                {"status": "success", "message": "Hosted Link", "data": {"link": "https://checkout.flutterwave.com/v3/hosted/pay/eur"}}""")));

        gateway.openCheckout(SampleOrders.checkout(new Money(4990, "EUR")), CREDENTIALS);

        flutterwave.verify(postRequestedFor(urlEqualTo("/flutterwave/v3/payments"))
                .withRequestBody(matchingJsonPath("$.amount", equalTo("49.9")))
                .withRequestBody(matchingJsonPath("$.currency", equalTo("EUR"))));
    }

    @Test
    void aRefusedKeyIsAProviderRejectionThatNamesNoKey() {
        flutterwave.stubFor(
                post("/flutterwave/v3/payments")
                        .willReturn(
                                aResponse()
                                        .withStatus(401)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"status\": \"error\", \"message\": \"Invalid authorization key\", \"data\": null}")));

        assertThatThrownBy(() -> gateway.openCheckout(SampleOrders.checkout(new Money(15000, "XOF")), CREDENTIALS))
                .isInstanceOf(ProviderRejectedException.class)
                .hasMessage("Flutterwave refused the request (HTTP 401): Invalid authorization key");
    }

    @Test
    void aServerErrorOrASlowAnswerMeansFlutterwaveIsUnavailable() {
        flutterwave.stubFor(
                post("/flutterwave/v3/payments").willReturn(aResponse().withStatus(502)));
        assertThatThrownBy(() -> gateway.openCheckout(SampleOrders.checkout(new Money(15000, "XOF")), CREDENTIALS))
                .isInstanceOf(ProviderUnavailableException.class);

        gateway.http = new ProviderHttp(PaymentProvider.FLUTTERWAVE, Duration.ofSeconds(1));
        flutterwave.stubFor(get("/flutterwave/v3/transactions/285959875/verify")
                .willReturn(okJson(FlutterwaveSamples.verified("successful", 15000, "XOF", "MT-ORD-1001"))
                        .withFixedDelay(3_000)));
        assertThatThrownBy(() -> gateway.readWebhook(
                        delivery(FlutterwaveSamples.CHARGE_COMPLETED, SECRET_HASH), CREDENTIALS, PAYMENTS))
                .isInstanceOf(ProviderUnavailableException.class);
    }

    @Test
    void aPaymentConfirmedByFlutterwaveIsPaid() {
        flutterwave.stubFor(get("/flutterwave/v3/transactions/285959875/verify")
                .willReturn(okJson(FlutterwaveSamples.verified("successful", 15000, "XOF", "MT-ORD-1001"))));

        assertThat(gateway.readWebhook(
                        delivery(FlutterwaveSamples.CHARGE_COMPLETED, SECRET_HASH), CREDENTIALS, PAYMENTS))
                .contains(new PaymentNotice(
                        "flw:285959875:successful",
                        "charge.completed",
                        "MT-ORD-1001",
                        Outcome.PAID,
                        new Money(15000, "XOF"),
                        "285959875"));
        flutterwave.verify(getRequestedFor(urlEqualTo("/flutterwave/v3/transactions/285959875/verify"))
                .withHeader("Authorization", equalTo("Bearer " + SECRET_KEY)));
    }

    @Test
    void aFailedPaymentConfirmedByFlutterwaveHasFailed() {
        flutterwave.stubFor(get("/flutterwave/v3/transactions/285959875/verify")
                .willReturn(okJson(FlutterwaveSamples.verified("failed", 15000, "XOF", "MT-ORD-1001"))));

        assertThat(gateway.readWebhook(delivery(FlutterwaveSamples.CHARGE_FAILED, SECRET_HASH), CREDENTIALS, PAYMENTS))
                .get()
                .extracting(PaymentNotice::outcome, PaymentNotice::eventId)
                .containsExactly(Outcome.FAILED, "flw:285959875:failed");
    }

    @Test
    void aWrongOrMissingSecretHashIsRefusedBeforeAnyCall() {
        assertThatThrownBy(() -> gateway.readWebhook(
                        delivery(FlutterwaveSamples.CHARGE_COMPLETED, "guessed"), CREDENTIALS, PAYMENTS))
                .isInstanceOf(InvalidWebhookException.class);
        WebhookDelivery unsigned = new WebhookDelivery(
                Map.of("Content-Type", "application/json"),
                FlutterwaveSamples.CHARGE_COMPLETED.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> gateway.readWebhook(unsigned, CREDENTIALS, PAYMENTS))
                .isInstanceOf(InvalidWebhookException.class)
                .hasMessageContaining("verif-hash");
        flutterwave.verify(0, anyRequestedFor(anyUrl()));
    }

    /** Whatever the notification says, Flutterwave's own record decides: any disagreement pays nothing. */
    @ParameterizedTest(name = "Flutterwave records {0} {1} {2} for {3}")
    @CsvSource({
        "successful, 1500, XOF, MT-ORD-1001",
        "successful, 15000, XAF, MT-ORD-1001",
        "failed, 15000, XOF, MT-ORD-1001",
        "pending, 15000, XOF, MT-ORD-1001",
        "successful, 15000, XOF, MT-ORD-0999",
    })
    void aVerificationThatDisagreesWithTheNotificationIsRefused(
            String status, long amount, String currency, String txRef) {
        flutterwave.stubFor(get("/flutterwave/v3/transactions/285959875/verify")
                .willReturn(okJson(FlutterwaveSamples.verified(status, amount, currency, txRef))));

        assertThatThrownBy(() -> gateway.readWebhook(
                        delivery(FlutterwaveSamples.CHARGE_COMPLETED, SECRET_HASH), CREDENTIALS, PAYMENTS))
                .isInstanceOf(InvalidWebhookException.class);
    }

    /** A genuine payment of another amount is reported as it is: the order rejects it and keeps it for the staff. */
    @Test
    void aPaymentOfAnotherAmountThanTheOrdersThatFlutterwaveConfirmsIsReportedAsPaid() {
        String underpaid = FlutterwaveSamples.CHARGE_COMPLETED.replace("15000", "1500");
        flutterwave.stubFor(get("/flutterwave/v3/transactions/285959875/verify")
                .willReturn(okJson(FlutterwaveSamples.verified("successful", 1500, "XOF", "MT-ORD-1001"))));

        assertThat(gateway.readWebhook(delivery(underpaid, SECRET_HASH), CREDENTIALS, PAYMENTS))
                .get()
                .extracting(PaymentNotice::outcome, PaymentNotice::amount)
                .containsExactly(Outcome.PAID, new Money(1500, "XOF"));
    }

    @Test
    void aTransactionFlutterwaveDoesNotKnowIsRefused() {
        flutterwave.stubFor(
                get("/flutterwave/v3/transactions/285959875/verify")
                        .willReturn(
                                aResponse()
                                        .withStatus(400)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"status\": \"error\", \"message\": \"No transaction was found for this id\", \"data\": null}")));

        assertThatThrownBy(() -> gateway.readWebhook(
                        delivery(FlutterwaveSamples.CHARGE_COMPLETED, SECRET_HASH), CREDENTIALS, PAYMENTS))
                .isInstanceOf(InvalidWebhookException.class);
    }

    @Test
    void paymentsOfNoOrderOfTheStoreAndOtherEventsSayNothing() {
        assertThat(gateway.readWebhook(
                        delivery(FlutterwaveSamples.CHARGE_COMPLETED, SECRET_HASH),
                        CREDENTIALS,
                        KnownPayments.of(PaymentProvider.FLUTTERWAVE)))
                .isEmpty();
        assertThat(gateway.readWebhook(
                        delivery(FlutterwaveSamples.TRANSFER_COMPLETED, SECRET_HASH), CREDENTIALS, PAYMENTS))
                .isEmpty();
        flutterwave.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void refundsTheOrdersTransactionFoundByItsReference() {
        flutterwave.stubFor(get("/flutterwave/v3/transactions/verify_by_reference?tx_ref=MT-ORD-1001")
                .willReturn(okJson(FlutterwaveSamples.verified("successful", 15000, "XOF", "MT-ORD-1001"))));
        flutterwave.stubFor(
                post("/flutterwave/v3/transactions/285959875/refund").willReturn(okJson("""
                {"status": "success", "message": "Transaction refund initiated",
                 "data": {"id": 75923, "account_id": 17321, "tx_id": 285959875, "flw_ref": "URF_1795507200541_3572735",
                  "wallet_id": 74639, "amount_refunded": 15000, "status": "completed",
                  "destination": "payment_source", "created_at": "2026-11-30T10:00:00.000Z"}}""")));

        assertThat(gateway.refund(PAYMENT, CREDENTIALS)).isEqualTo("75923");
        flutterwave.verify(postRequestedFor(urlEqualTo("/flutterwave/v3/transactions/285959875/refund"))
                .withHeader("Authorization", equalTo("Bearer " + SECRET_KEY)));
    }

    /** As Flutterwave posts it: the store's secret hash in {@code verif-hash}, the event as JSON. */
    private static WebhookDelivery delivery(String event, String hash) {
        return new WebhookDelivery(
                Map.of("Content-Type", "application/json", "verif-hash", hash), event.getBytes(StandardCharsets.UTF_8));
    }
}
