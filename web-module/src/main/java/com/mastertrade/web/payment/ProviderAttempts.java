package com.mastertrade.web.payment;

import com.mastertrade.payment.ProviderUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * The MicroProfile Fault Tolerance policy of every call to a provider, the platform's only one: each attempt is
 * cut after 10 seconds; a call that may be repeated is tried twice more, half a second apart, when the provider
 * is down or too slow; the others are attempted once. No circuit breaker: its state would be shared by every store
 * of the platform, so one store's failing account would cut the others off. {@link ProviderCalls} chooses between
 * the two. Every value can be changed through MicroProfile Config, e.g.
 * {@code com.mastertrade.web.payment.ProviderAttempts/Timeout/value=3000} (milliseconds) or
 * {@code com.mastertrade.web.payment.ProviderAttempts/repeated/Retry/maxRetries=3}.
 */
@ApplicationScoped
@Timeout(ProviderAttempts.ATTEMPT_MILLIS)
public class ProviderAttempts {

    static final long ATTEMPT_MILLIS = 10_000;

    @Retry(
            maxRetries = 2,
            delay = 500,
            jitter = 200,
            retryOn = {ProviderUnavailableException.class, TimeoutException.class})
    public <T> T repeated(Supplier<T> call) {
        return attempt(call);
    }

    public <T> T once(Supplier<T> call) {
        return attempt(call);
    }

    /**
     * {@code @Timeout} interrupts an attempt that runs late, and when the attempt then ends with an exception (the
     * JDK's HTTP client throws one when interrupted), Payara leaves the thread interrupted: the retry's delay would
     * end at once, the retries be given up, and the request go on interrupted. The interrupt was meant for this
     * attempt only.
     */
    private static <T> T attempt(Supplier<T> call) {
        try {
            return call.get();
        } finally {
            Thread.interrupted();
        }
    }
}
