package com.mastertrade.payment.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mastertrade.payment.InvalidWebhookException;
import com.mastertrade.payment.OrderPayment;
import com.mastertrade.payment.PaymentNotice;
import com.mastertrade.payment.PaymentProvider;
import com.mastertrade.payment.ProviderCredentials;
import com.mastertrade.payment.ProviderUnavailableException;
import com.mastertrade.payment.StorePayments;
import com.mastertrade.payment.WebhookDelivery;
import com.mastertrade.shared.ConflictException;
import com.mastertrade.shared.Money;
import com.mastertrade.shared.SettableClock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The built-in provider: a callback counts only when signed with the store's secret, and an outage can be rehearsed. */
class SandboxGatewayTest {

    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");
    private static final String SECRET = "whsec_store_secret";
    private static final ProviderCredentials CREDENTIALS =
            new ProviderCredentials(PaymentProvider.SANDBOX, Map.of("webhook_secret", SECRET));
    private static final OrderPayment ORDER =
            new OrderPayment(42, "ORD-42", new Money(15_000, "XOF"), "sbx_checkout", Map.of());

    private final SandboxGateway gateway = new SandboxGateway();

    SandboxGatewayTest() {
        gateway.clock = new SettableClock(NOW);
        gateway.orders = new StorePayments() {
            @Override
            public Optional<OrderPayment> byOrderId(long orderId) {
                return orderId == ORDER.orderId() ? Optional.of(ORDER) : Optional.empty();
            }
        };
    }

    @Test
    void aSignedCallbackBecomesTheOrdersPaymentNotice() throws Exception {
        byte[] body = body(42, "paid");

        Optional<PaymentNotice> notice = gateway.readWebhook(signed(body, SECRET, NOW), CREDENTIALS, null);

        assertThat(notice)
                .contains(new PaymentNotice(
                        "evt_7",
                        "sandbox.paid",
                        "ORD-42",
                        PaymentNotice.Outcome.PAID,
                        new Money(15_000, "XOF"),
                        "sbx_checkout"));
    }

    @Test
    void aCallbackSignedWithAnotherSecretOrLongAgoOrNotAtAllIsRefused() throws Exception {
        byte[] body = body(42, "paid");
        for (WebhookDelivery forged : new WebhookDelivery[] {
            signed(body, "whsec_someone_else", NOW),
            signed(body, SECRET, NOW.minusSeconds(301)),
            new WebhookDelivery(Map.of(), body)
        }) {
            assertThatThrownBy(() -> gateway.readWebhook(forged, CREDENTIALS, null))
                    .isInstanceOf(InvalidWebhookException.class);
        }
    }

    @Test
    void aCallbackForAnOrderThisStoreDoesNotHaveIsRefused() throws Exception {
        byte[] body = body(43, "paid");
        assertThatThrownBy(() -> gateway.readWebhook(signed(body, SECRET, NOW), CREDENTIALS, null))
                .isInstanceOf(InvalidWebhookException.class)
                .hasMessageContaining("No order 43");
    }

    @Test
    void withoutAWebhookSecretTheSandboxIsNotConfigured() throws Exception {
        ProviderCredentials none = new ProviderCredentials(PaymentProvider.SANDBOX, Map.of());
        assertThatThrownBy(() -> gateway.readWebhook(signed(body(42, "paid"), SECRET, NOW), none, null))
                .isInstanceOf(ConflictException.class)
                .extracting("code")
                .isEqualTo("PROVIDER_NOT_CONFIGURED");
    }

    @Test
    void refundsSucceedWithANewReferenceUnlessAnOutageIsSimulated() {
        String first = gateway.refund(ORDER, CREDENTIALS);
        assertThat(first).matches("sbx_refund_[0-9a-f]{32}");
        assertThat(gateway.refund(ORDER, CREDENTIALS)).isNotEqualTo(first);

        ProviderCredentials down = new ProviderCredentials(
                PaymentProvider.SANDBOX, Map.of("webhook_secret", SECRET, "simulate_outage", "true"));
        assertThatThrownBy(() -> gateway.refund(ORDER, down)).isInstanceOf(ProviderUnavailableException.class);
        assertThatThrownBy(() -> gateway.openCheckout(null, down)).isInstanceOf(ProviderUnavailableException.class);
    }

    private static byte[] body(long orderId, String status) {
        return ("{\"event_id\":\"evt_7\",\"order_id\":\"" + orderId + "\",\"status\":\"" + status
                        + "\",\"amount\":15000,\"currency\":\"XOF\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Signed as API.md describes it, with the JDK's HMAC: {@code t=<seconds>,v1=<hex HMAC(secret, t.body)>}. */
    private static WebhookDelivery signed(byte[] body, String secret, Instant at) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((at.getEpochSecond() + ".").getBytes(StandardCharsets.US_ASCII));
        String header = "t=" + at.getEpochSecond() + ",v1=" + HexFormat.of().formatHex(mac.doFinal(body));
        return new WebhookDelivery(Map.of("Sandbox-Signature", header), body);
    }
}
