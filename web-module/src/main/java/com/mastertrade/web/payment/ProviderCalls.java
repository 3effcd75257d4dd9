package com.mastertrade.web.payment;

import com.mastertrade.payment.Checkout;
import com.mastertrade.payment.CheckoutRequest;
import com.mastertrade.payment.OrderPayment;
import com.mastertrade.payment.PaymentGateway;
import com.mastertrade.payment.PaymentGateway.Call;
import com.mastertrade.payment.PaymentGateways;
import com.mastertrade.payment.PaymentNotice;
import com.mastertrade.payment.PaymentProvider;
import com.mastertrade.payment.PendingPayments;
import com.mastertrade.payment.ProviderCredentials;
import com.mastertrade.payment.ProviderUnavailableException;
import com.mastertrade.payment.WebhookDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * Every call to a provider's gateway, under the timeouts and retries of {@link ProviderAttempts}. A call is retried
 * only when its gateway says it may be repeated ({@link PaymentGateway#isRepeatable}): checkouts and refunds that
 * carry a key stable for the order (Stripe's idempotency key, PayPal's request id), webhook checks and captures of
 * an approved order. Flutterwave's payment links and refunds and Orange Money's web payments are attempted once. A
 * provider that does not answer ends as 503 {@code PROVIDER_UNAVAILABLE} and nothing is lost: the order stays
 * pending, the provider delivers its webhook again. These beans live in the web module, where the provider is
 * called between the services' transactions (ADR 0009).
 */
@ApplicationScoped
public class ProviderCalls {

    @Inject
    PaymentGateways gateways;

    @Inject
    ProviderAttempts attempts;

    public Checkout openCheckout(PaymentProvider provider, CheckoutRequest request, ProviderCredentials credentials) {
        PaymentGateway gateway = gateways.of(provider);
        return call(gateway, Call.OPEN_CHECKOUT, () -> gateway.openCheckout(request, credentials));
    }

    public Optional<PaymentNotice> readWebhook(
            PaymentProvider provider,
            WebhookDelivery delivery,
            ProviderCredentials credentials,
            PendingPayments payments) {
        PaymentGateway gateway = gateways.of(provider);
        return call(gateway, Call.READ_WEBHOOK, () -> gateway.readWebhook(delivery, credentials, payments));
    }

    public Optional<PaymentNotice> onReturn(
            PaymentProvider provider,
            Map<String, String> query,
            OrderPayment payment,
            ProviderCredentials credentials) {
        PaymentGateway gateway = gateways.of(provider);
        return call(gateway, Call.ON_RETURN, () -> gateway.onReturn(query, payment, credentials));
    }

    public String refund(PaymentProvider provider, OrderPayment payment, ProviderCredentials credentials) {
        PaymentGateway gateway = gateways.of(provider);
        return call(gateway, Call.REFUND, () -> gateway.refund(payment, credentials));
    }

    /** A last attempt that timed out is a provider that is down, as for a 5xx. */
    private <T> T call(PaymentGateway gateway, Call call, Supplier<T> attempt) {
        try {
            return gateway.isRepeatable(call) ? attempts.repeated(attempt) : attempts.once(attempt);
        } catch (FaultToleranceException e) {
            throw new ProviderUnavailableException(
                    gateway.provider().apiName() + " did not answer in time; try again later", e);
        }
    }
}
