package com.mastertrade.web.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mastertrade.payment.Checkout;
import com.mastertrade.payment.CheckoutRequest;
import com.mastertrade.payment.OrderPayment;
import com.mastertrade.payment.PaymentGateway;
import com.mastertrade.payment.PaymentGateways;
import com.mastertrade.payment.PaymentNotice;
import com.mastertrade.payment.PaymentProvider;
import com.mastertrade.payment.PendingPayments;
import com.mastertrade.payment.ProviderCredentials;
import com.mastertrade.payment.ProviderUnavailableException;
import com.mastertrade.payment.WebhookDelivery;
import com.mastertrade.shared.Money;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

/** Which calls may be retried is the gateway's to say; the Fault Tolerance policy itself is checked by the ITs. */
class ProviderCallsTest {

    private static final ProviderCredentials CREDENTIALS = new ProviderCredentials(PaymentProvider.FLUTTERWAVE,
            Map.of("secret_key", "FLWSECK_TEST-demo"));
    private static final OrderPayment PAYMENT = new OrderPayment(1, "MT-ORD-1001", new Money(15_000, "XOF"),
            "MT-ORD-1001", Map.of());

    private final List<String> policies = new ArrayList<>();
    private final ProviderCalls calls = new ProviderCalls();

    /** A provider whose payment links and refunds would be made twice if asked twice, as Flutterwave's. */
    private static final class OnceOnlyGateway implements PaymentGateway {
        @Override
        public PaymentProvider provider() {
            return PaymentProvider.FLUTTERWAVE;
        }

        @Override
        public boolean isRepeatable(Call call) {
            return call != Call.OPEN_CHECKOUT && call != Call.REFUND;
        }

        @Override
        public Checkout openCheckout(CheckoutRequest request, ProviderCredentials credentials) {
            return new Checkout(URI.create("https://checkout.example/pay"), "ref", Map.of());
        }

        @Override
        public Optional<PaymentNotice> readWebhook(WebhookDelivery delivery, ProviderCredentials credentials,
                PendingPayments payments) {
            return Optional.empty();
        }

        @Override
        public String refund(OrderPayment payment, ProviderCredentials credentials) {
            return "refund-1";
        }
    }

    private void wire(PaymentGateway gateway, ProviderAttempts attempts) {
        calls.gateways = new PaymentGateways() {
            @Override
            public PaymentGateway of(PaymentProvider provider) {
                return gateway;
            }
        };
        calls.attempts = attempts;
    }

    /** Records the policy each call goes through. */
    private ProviderAttempts recording() {
        return new ProviderAttempts() {
            @Override
            public <T> T repeated(Supplier<T> call) {
                policies.add("repeated");
                return call.get();
            }

            @Override
            public <T> T once(Supplier<T> call) {
                policies.add("once");
                return call.get();
            }
        };
    }

    @Test
    void callsTheGatewayDoesNotCallRepeatableAreAttemptedOnce() {
        wire(new OnceOnlyGateway(), recording());

        calls.openCheckout(PaymentProvider.FLUTTERWAVE, null, CREDENTIALS);
        calls.readWebhook(PaymentProvider.FLUTTERWAVE, new WebhookDelivery(Map.of(), new byte[0]), CREDENTIALS, null);
        calls.onReturn(PaymentProvider.FLUTTERWAVE, Map.of(), PAYMENT, CREDENTIALS);
        calls.refund(PaymentProvider.FLUTTERWAVE, PAYMENT, CREDENTIALS);

        assertThat(policies).containsExactly("once", "repeated", "repeated", "once");
    }

    @Test
    void aLastAttemptThatTimedOutIsAProviderThatIsDown() {
        wire(new OnceOnlyGateway(), new ProviderAttempts() {
            @Override
            public <T> T once(Supplier<T> call) {
                throw new TimeoutException();
            }
        });

        assertThatThrownBy(() -> calls.openCheckout(PaymentProvider.FLUTTERWAVE, null, CREDENTIALS))
                .isInstanceOf(ProviderUnavailableException.class).hasMessageContaining("flutterwave");
    }

    @Test
    void anAttemptCutByItsTimeoutLeavesTheThreadUninterrupted() {
        ProviderAttempts attempts = new ProviderAttempts();

        assertThatThrownBy(() -> attempts.repeated(() -> {
            // What the @Timeout does to a late attempt, and what a client that restores the interrupt then throws.
            Thread.currentThread().interrupt();
            throw new ProviderUnavailableException("interrupted", null);
        })).isInstanceOf(ProviderUnavailableException.class);

        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }
}
