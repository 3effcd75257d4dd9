package com.mastertrade.web.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mastertrade.payment.OrderPayment;
import com.mastertrade.payment.PaymentGateway;
import com.mastertrade.payment.PaymentGateways;
import com.mastertrade.payment.PaymentProvider;
import com.mastertrade.payment.ProviderCredentials;
import com.mastertrade.payment.ProviderUnavailableException;
import com.mastertrade.payment.WebhookDelivery;
import com.mastertrade.payment.flutterwave.FlutterwaveGateway;
import com.mastertrade.payment.stripe.StripeGateway;
import com.mastertrade.shared.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Which policy each call goes through, as the real gateways declare it; the policy itself (timeouts, retries) is
 * Payara's, checked end to end by the provider ITs. The calls are recorded, never made.
 */
class ProviderCallsTest {

    private static final ProviderCredentials CREDENTIALS =
            new ProviderCredentials(PaymentProvider.FLUTTERWAVE, Map.of("secret_key", "FLWSECK_TEST-demo"));
    private static final OrderPayment PAYMENT =
            new OrderPayment(1, "MT-ORD-1001", new Money(15_000, "XOF"), "MT-ORD-1001", Map.of());
    private static final WebhookDelivery DELIVERY = new WebhookDelivery(Map.of(), new byte[0]);

    private final List<String> policies = new ArrayList<>();
    private final ProviderCalls calls = new ProviderCalls();

    private void wire(PaymentGateway gateway, ProviderAttempts attempts) {
        calls.gateways = new PaymentGateways() {
            @Override
            public PaymentGateway of(PaymentProvider provider) {
                return gateway;
            }
        };
        calls.attempts = attempts;
    }

    /** Records the policy each call would go through. */
    private ProviderAttempts recording() {
        return new ProviderAttempts() {
            @Override
            public <T> T repeated(Supplier<T> call) {
                policies.add("repeated");
                return null;
            }

            @Override
            public <T> T once(Supplier<T> call) {
                policies.add("once");
                return null;
            }
        };
    }

    private void callEachOnce(PaymentProvider provider) {
        calls.openCheckout(provider, null, CREDENTIALS);
        calls.readWebhook(provider, DELIVERY, CREDENTIALS, null);
        calls.onReturn(provider, Map.of(), PAYMENT, CREDENTIALS);
        calls.refund(provider, PAYMENT, CREDENTIALS);
    }

    @Test
    void flutterwavesPaymentLinksAndRefundsAreAttemptedOnceItsVerificationsRepeated() {
        wire(new FlutterwaveGateway(), recording());

        callEachOnce(PaymentProvider.FLUTTERWAVE);

        assertThat(policies).containsExactly("once", "repeated", "repeated", "once");
    }

    @Test
    void everyStripeCallCarriesAnIdempotencyKeyOrReadsAndIsRepeated() {
        wire(new StripeGateway(), recording());

        callEachOnce(PaymentProvider.STRIPE);

        assertThat(policies).containsOnly("repeated").hasSize(4);
    }

    @Test
    void aLastAttemptThatTimedOutIsAProviderThatIsDown() {
        wire(new FlutterwaveGateway(), new ProviderAttempts() {
            @Override
            public <T> T once(Supplier<T> call) {
                throw new TimeoutException();
            }
        });

        assertThatThrownBy(() -> calls.openCheckout(PaymentProvider.FLUTTERWAVE, null, CREDENTIALS))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("flutterwave");
    }

    @Test
    void anAttemptCutByItsTimeoutLeavesTheThreadUninterrupted() {
        ProviderAttempts attempts = new ProviderAttempts();

        assertThatThrownBy(() -> attempts.repeated(() -> {
                    // What the @Timeout does to a late attempt, and what a client that restores the interrupt then
                    // throws.
                    Thread.currentThread().interrupt();
                    throw new ProviderUnavailableException("interrupted", null);
                }))
                .isInstanceOf(ProviderUnavailableException.class);

        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }
}
