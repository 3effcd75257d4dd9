package com.mastertrade.identity;

import com.mastertrade.shared.TooManyRequestsException;
import com.mastertrade.shared.WindowCounters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slows down password guessing: after {@value #ACCOUNT_LIMIT} failures on one account, or
 * {@value #ADDRESS_LIMIT} from one IP address, within {@link #WINDOW}, sign-in answers 429 with
 * {@code Retry-After} until the window ends. A success clears the account's count, not the address's.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int ACCOUNT_LIMIT = 5;
    static final int ADDRESS_LIMIT = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final WindowCounters failures = new WindowCounters(WINDOW);

    @Inject
    Clock clock;

    /** Refuses the attempt, before any password is checked, when either count is exhausted. */
    public void checkAllowed(String account, String address) {
        Instant now = clock.instant();
        failures.blockedFor("account:" + account, ACCOUNT_LIMIT, now)
                .or(() -> address == null
                        ? Optional.empty()
                        : failures.blockedFor("address:" + address, ADDRESS_LIMIT, now))
                .ifPresent(wait -> {
                    throw new TooManyRequestsException(
                            "TOO_MANY_ATTEMPTS", "Too many failed sign-in attempts; try again later", wait);
                });
    }

    public void recordFailure(String account, String address) {
        Instant now = clock.instant();
        failures.increment("account:" + account, now);
        if (address != null) {
            failures.increment("address:" + address, now);
        }
    }

    public void recordSuccess(String account) {
        failures.reset("account:" + account);
    }
}
