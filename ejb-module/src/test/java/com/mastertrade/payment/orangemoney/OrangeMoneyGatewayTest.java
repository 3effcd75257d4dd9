package com.mastertrade.payment.orangemoney;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrangeMoneyGatewayTest {

    @RegisterExtension
    static WireMockExtension orange = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final String CLIENT_ID = "Gw7ybLhU0vEo3AqcGAMGsDdXdMvRDi6C";
    private static final String CLIENT_SECRET = "o7Rn3qXo2JGFa4Bp";
    private static final String PAY_TOKEN = "v1fd4ae0bc2d3b5e2e7e5c13ca6ad40ec8f1e0fc1ab8a63b7a8d56cf3ea2aa1c5";
    private static final String NOTIF_TOKEN = "dd497bda3b250e536186fc0663f32f40";
    private static final Map<String, String> SENEGAL =
            Map.of("client_id", CLIENT_ID, "client_secret", CLIENT_SECRET, "merchant_key", "a3f1c9d2", "country", "sn");
    private static final OrderPayment PAYMENT = new OrderPayment(
            1001, SampleOrders.REFERENCE, new Money(15000, "XOF"), NOTIF_TOKEN, Map.of("pay_token", PAY_TOKEN));
    private static final KnownPayments PAYMENTS = KnownPayments.of(PaymentProvider.ORANGEMONEY, PAYMENT);

    private final OrangeMoneyGateway gateway = new OrangeMoneyGateway();

    @BeforeEach
    void pointTheGatewayAtTheFakeOrange() {
        gateway.apiBase = orange.baseUrl() + "/orangemoney";
        gateway.clock = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);
        gateway.tokenCache();
        orange.stubFor(post("/orangemoney/oauth/v3/token").willReturn(okJson("""
                {"token_type": "Bearer", "access_token": "i6m2iIcY0SodWSe4PAKpRjEB3dV6", "expires_in": "3600"}""")));
    }

    @Test
    void opensAWebPaymentWithABearerTokenFromTheStoresApplication() {
        orange.stubFor(post("/orangemoney/orange-money-webpay/sn/v1/webpayment")
                .willReturn(okJson(WEB_PAYMENT).withStatus(201)));

        Checkout checkout = gateway.openCheckout(SampleOrders.checkout(new Money(15000, "XOF")), senegal());

        assertThat(checkout)
                .isEqualTo(new Checkout(
                        URI.create("https://mpayment.orange-money.com/sn/mpayment/abstract/" + PAY_TOKEN),
                        NOTIF_TOKEN,
                        Map.of("pay_token", PAY_TOKEN)));
        orange.verify(postRequestedFor(urlEqualTo("/orangemoney/oauth/v3/token"))
                .withHeader("Authorization", equalTo(ProviderHttp.basicAuthorization(CLIENT_ID, CLIENT_SECRET)))
                .withFormParam("grant_type", equalTo("client_credentials")));
        orange.verify(postRequestedFor(urlEqualTo("/orangemoney/orange-money-webpay/sn/v1/webpayment"))
                .withHeader("Authorization", equalTo("Bearer i6m2iIcY0SodWSe4PAKpRjEB3dV6"))
                .withRequestBody(equalToJson("""
                        {"merchant_key": "a3f1c9d2", "currency": "XOF", "order_id": "MT-ORD-1001", "amount": 15000,
                         "return_url": "https://demo.mastertrade.test/orders/1001/return",
                         "cancel_url": "https://demo.mastertrade.test/orders/1001/cancel",
                         "notif_url": "https://demo.mastertrade.test/api/payments/webhook/x",
                         "lang": "fr", "reference": "Gestion Commerciale Pro 2026"}""")));
    }

    @Test
    void theSandboxTakesItsOwnCurrency() {
        orange.stubFor(post("/orangemoney/orange-money-webpay/dev/v1/webpayment")
                .willReturn(okJson(WEB_PAYMENT).withStatus(201)));
        Map<String, String> sandbox = new HashMap<>(SENEGAL);
        sandbox.put("country", "dev");

        gateway.openCheckout(
                SampleOrders.checkout(new Money(15000, "XOF")),
                new ProviderCredentials(PaymentProvider.ORANGEMONEY, sandbox));

        orange.verify(postRequestedFor(urlEqualTo("/orangemoney/orange-money-webpay/dev/v1/webpayment"))
                .withRequestBody(matchingJsonPath("$.currency", equalTo("OUV")))
                .withRequestBody(matchingJsonPath("$.amount", equalTo("15000"))));
    }

    @Test
    void currenciesWithCentsAreRefusedBeforeOrangeIsAsked() {
        assertThatThrownBy(() -> gateway.openCheckout(SampleOrders.checkout(new Money(4990, "EUR")), senegal()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Orange Money does not take EUR");
        orange.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aServerErrorOrASlowAnswerMeansOrangeIsUnavailable() {
        orange.stubFor(post("/orangemoney/orange-money-webpay/sn/v1/webpayment")
                .willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> gateway.openCheckout(SampleOrders.checkout(new Money(15000, "XOF")), senegal()))
                .isInstanceOf(ProviderUnavailableException.class);

        gateway.http = new ProviderHttp(PaymentProvider.ORANGEMONEY, Duration.ofSeconds(1));
        gateway.tokenCache();
        orange.stubFor(post("/orangemoney/orange-money-webpay/sn/v1/transactionstatus")
                .willReturn(okJson(status("SUCCESS", "MT-ORD-1001", "MP261124.0801.A00073"))
                        .withFixedDelay(3_000)));
        assertThatThrownBy(() -> gateway.readWebhook(notification("SUCCESS", NOTIF_TOKEN), senegal(), PAYMENTS))
                .isInstanceOf(ProviderUnavailableException.class);
    }

    @Test
    void aSuccessConfirmedByTheTransactionStatusIsPaid() {
        orange.stubFor(post("/orangemoney/orange-money-webpay/sn/v1/transactionstatus")
                .willReturn(okJson(status("SUCCESS", "MT-ORD-1001", "MP261124.0801.A00073"))
                        .withStatus(201)));

        assertThat(gateway.readWebhook(notification("SUCCESS", NOTIF_TOKEN), senegal(), PAYMENTS))
                .contains(new PaymentNotice(
                        "om:MP261124.0801.A00073:SUCCESS",
                        "SUCCESS",
                        "MT-ORD-1001",
                        Outcome.PAID,
                        new Money(15000, "XOF"),
                        "MP261124.0801.A00073"));
        orange.verify(postRequestedFor(urlEqualTo("/orangemoney/orange-money-webpay/sn/v1/transactionstatus"))
                .withHeader("Authorization", equalTo("Bearer i6m2iIcY0SodWSe4PAKpRjEB3dV6"))
                .withRequestBody(equalToJson("""
                        {"order_id": "MT-ORD-1001", "amount": 15000, "pay_token": "%s"}""".formatted(PAY_TOKEN))));
    }

    @Test
    void aFailureConfirmedByTheTransactionStatusHasFailed() {
        orange.stubFor(post("/orangemoney/orange-money-webpay/sn/v1/transactionstatus")
                .willReturn(okJson(status("FAILED", "MT-ORD-1001", "MP261124.0801.A00073"))));

        assertThat(gateway.readWebhook(notification("FAILED", NOTIF_TOKEN), senegal(), PAYMENTS))
                .get()
                .extracting(PaymentNotice::outcome, PaymentNotice::eventId)
                .containsExactly(Outcome.FAILED, "om:MP261124.0801.A00073:FAILED");
    }

    /** Orange's notifications are not signed: only the status call makes one true. */
    @ParameterizedTest(name = "Orange answers {0} for {1} with {2}")
    @CsvSource({
        "PENDING, MT-ORD-1001, MP261124.0801.A00073",
        "INITIATED, MT-ORD-1001, MP261124.0801.A00073",
        "FAILED, MT-ORD-1001, MP261124.0801.A00073",
        "SUCCESS, MT-ORD-0999, MP261124.0801.A00073",
        "SUCCESS, MT-ORD-1001, MP261124.0955.B00001",
    })
    void aNotificationTheStatusCallContradictsIsRefused(String status, String orderId, String txnid) {
        orange.stubFor(post("/orangemoney/orange-money-webpay/sn/v1/transactionstatus")
                .willReturn(okJson(status(status, orderId, txnid))));

        assertThatThrownBy(() -> gateway.readWebhook(notification("SUCCESS", NOTIF_TOKEN), senegal(), PAYMENTS))
                .isInstanceOf(InvalidWebhookException.class);
    }

    @Test
    void aNotificationWithAnUnknownNotifTokenIsRefusedWithoutAskingOrange() {
        assertThatThrownBy(() -> gateway.readWebhook(
                        notification("SUCCESS", "0123456789abcdef0123456789abcdef"), senegal(), PAYMENTS))
                .isInstanceOf(InvalidWebhookException.class)
                .hasMessageContaining("notif_token");
        orange.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void refundsAreMadeInTheMerchantPortal() {
        assertThatThrownBy(() -> gateway.refund(PAYMENT, senegal()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("merchant portal")
                .extracting(e -> ((ConflictException) e).code())
                .isEqualTo("REFUND_NOT_SUPPORTED");
    }

    private static final String WEB_PAYMENT = """
            {"status": 201, "message": "OK",
             "pay_token": "%s",
             "payment_url": "https://mpayment.orange-money.com/sn/mpayment/abstract/%s",
             "notif_token": "%s"}""".formatted(PAY_TOKEN, PAY_TOKEN, NOTIF_TOKEN);

    private static String status(String status, String orderId, String txnid) {
        return """
                {"status": "%s", "order_id": "%s", "txnid": "%s"}""".formatted(status, orderId, txnid);
    }

    /** As Orange posts it to notif_url: unsigned JSON. */
    private static WebhookDelivery notification(String status, String notifToken) {
        return new WebhookDelivery(Map.of("Content-Type", "application/json"), """
                {"status": "%s", "notif_token": "%s", "txnid": "MP261124.0801.A00073"}""".formatted(status, notifToken)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static ProviderCredentials senegal() {
        return new ProviderCredentials(PaymentProvider.ORANGEMONEY, SENEGAL);
    }
}
