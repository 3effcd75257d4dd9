package com.mastertrade.payment.http;

import com.mastertrade.payment.Checkout;
import com.mastertrade.payment.PaymentNotice;
import com.mastertrade.payment.ProviderUnavailableException;
import jakarta.enterprise.context.Dependent;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;

/**
 * The gateways' fault-tolerance settings, and what a call becomes once MicroProfile Fault Tolerance gave up on
 * it. The HTTP timeouts of {@link ProviderHttp} normally end a slow call first, as a
 * {@link ProviderUnavailableException}; {@code @Timeout} bounds a whole attempt (an access token and up to two
 * calls) in case they do not, and its {@code TimeoutException} becomes a {@link ProviderUnavailableException} here,
 * so that callers have one exception to catch whatever stopped the provider from answering. Every value can be
 * changed through MicroProfile Config ({@code <class>/<method>/Retry/maxRetries=...}).
 */
public final class ProviderDown {

    public static final long ATTEMPT_MILLIS = 45_000;
    public static final int RETRIES = 2;
    public static final long RETRY_DELAY_MILLIS = 1_000;
    public static final long RETRY_JITTER_MILLIS = 500;
    public static final long RETRIES_WITHIN_MILLIS = 100_000;

    private ProviderDown() {
    }

    static ProviderUnavailableException unavailable(ExecutionContext context) {
        return new ProviderUnavailableException("The payment provider did not answer in time", context.getFailure());
    }

    /** Fallback of {@code openCheckout}. */
    @Dependent
    public static class OpeningCheckout implements FallbackHandler<Checkout> {
        @Override
        public Checkout handle(ExecutionContext context) {
            throw unavailable(context);
        }
    }

    /** Fallback of {@code readWebhook} and {@code onReturn}. */
    @Dependent
    public static class ReadingNotice implements FallbackHandler<Optional<PaymentNotice>> {
        @Override
        public Optional<PaymentNotice> handle(ExecutionContext context) {
            throw unavailable(context);
        }
    }

    /** Fallback of {@code refund}. */
    @Dependent
    public static class Refunding implements FallbackHandler<String> {
        @Override
        public String handle(ExecutionContext context) {
            throw unavailable(context);
        }
    }
}
