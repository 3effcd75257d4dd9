package com.mastertrade.identity;

import com.mastertrade.shared.RateLimit;
import com.mastertrade.shared.TooManyRequestsException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-ups per store and address: {@code MT_SIGNUPS_PER_HOUR} (10 by default) accounts an hour, then 429
 * {@code TOO_MANY_SIGNUPS} with {@code Retry-After} until the hour is over (ADR 0011). Only accounts actually
 * created count, so a customer who corrects a form is not refused.
 */
@ApplicationScoped
public class SignUpThrottle {

    @Inject
    @ConfigProperty(name = "mt.signups-per-hour", defaultValue = "10")
    int perHour;

    @Inject
    Clock clock;

    private RateLimit signUps;

    @PostConstruct
    void init() {
        signUps = new RateLimit(perHour, Duration.ofHours(1));
    }

    public void checkAllowed(String store, String clientAddress) {
        signUps.blockedFor(RateLimit.key(store, clientAddress), clock.instant()).ifPresent(wait -> {
            throw new TooManyRequestsException(
                    "TOO_MANY_SIGNUPS", "Too many accounts created from this address; try again later", wait);
        });
    }

    public void recordSignUp(String store, String clientAddress) {
        signUps.count(RateLimit.key(store, clientAddress), clock.instant());
    }
}
