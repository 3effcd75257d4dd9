package com.mastertrade.web.payment;

import com.mastertrade.payment.Checkout;
import com.mastertrade.payment.CheckoutRequest;
import com.mastertrade.payment.OrderPayment;
import com.mastertrade.payment.PaymentGateways;
import com.mastertrade.payment.PaymentNotice;
import com.mastertrade.payment.PaymentProvider;
import com.mastertrade.payment.PendingPayments;
import com.mastertrade.payment.ProviderCredentials;
import com.mastertrade.payment.ProviderUnavailableException;
import com.mastertrade.payment.WebhookDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * Every call to a provider's gateway, under MicroProfile Fault Tolerance: each attempt is cut after
 * 10 seconds, and a provider that is down or too slow is tried twice more, half a second apart. That is safe
 * because each call is idempotent at the provider: checkouts and refunds carry a key stable for the order
 * (Stripe's idempotency key, PayPal's request id), webhook checks and captures of an approved order can be made
 * twice. After that the caller gets 503 {@code PROVIDER_UNAVAILABLE} and nothing is lost: the order stays
 * pending, the provider delivers its webhook again. No circuit breaker: its state would be shared by every store
 * of the platform, so one store's failing account would cut the others off. This bean lives in the web module
 * because Payara applies Fault Tolerance only to the WAR's beans in an EAR (ADR 0009).
 */
@ApplicationScoped
@Timeout(value = 10, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 500, jitter = 200,
        retryOn = {ProviderUnavailableException.class, TimeoutException.class})
public class ProviderCalls {

    @Inject
    PaymentGateways gateways;

    @Fallback(fallbackMethod = "checkoutUnavailable", applyOn = FaultToleranceException.class)
    public Checkout openCheckout(PaymentProvider provider, CheckoutRequest request, ProviderCredentials credentials) {
        return gateways.of(provider).openCheckout(request, credentials);
    }

    @Fallback(fallbackMethod = "webhookUnavailable", applyOn = FaultToleranceException.class)
    public Optional<PaymentNotice> readWebhook(PaymentProvider provider, WebhookDelivery delivery,
            ProviderCredentials credentials, PendingPayments payments) {
        return gateways.of(provider).readWebhook(delivery, credentials, payments);
    }

    @Fallback(fallbackMethod = "returnUnavailable", applyOn = FaultToleranceException.class)
    public Optional<PaymentNotice> onReturn(PaymentProvider provider, Map<String, String> query, OrderPayment payment,
            ProviderCredentials credentials) {
        return gateways.of(provider).onReturn(query, payment, credentials);
    }

    @Fallback(fallbackMethod = "refundUnavailable", applyOn = FaultToleranceException.class)
    public String refund(PaymentProvider provider, OrderPayment payment, ProviderCredentials credentials) {
        return gateways.of(provider).refund(payment, credentials);
    }

    // The fallbacks run when the last attempt timed out: the caller sees a provider that is down, as for a 5xx.

    Checkout checkoutUnavailable(PaymentProvider provider, CheckoutRequest request, ProviderCredentials credentials) {
        throw timedOut(provider);
    }

    Optional<PaymentNotice> webhookUnavailable(PaymentProvider provider, WebhookDelivery delivery,
            ProviderCredentials credentials, PendingPayments payments) {
        throw timedOut(provider);
    }

    Optional<PaymentNotice> returnUnavailable(PaymentProvider provider, Map<String, String> query,
            OrderPayment payment, ProviderCredentials credentials) {
        throw timedOut(provider);
    }

    String refundUnavailable(PaymentProvider provider, OrderPayment payment, ProviderCredentials credentials) {
        throw timedOut(provider);
    }

    private static ProviderUnavailableException timedOut(PaymentProvider provider) {
        return new ProviderUnavailableException(provider.apiName() + " did not answer in time; try again later", null);
    }
}
