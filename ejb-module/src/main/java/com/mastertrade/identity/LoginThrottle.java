package com.mastertrade.identity;

import com.mastertrade.shared.RateLimit;
import com.mastertrade.shared.TooManyRequestsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Slows down password guessing without letting anyone lock out an account or a store (ADR 0011). Everything is
 * counted inside one scope, a store or the operator console, so failures in one never slow another:
 * <ul>
 *   <li>an account from one address: 5 failures in 5 minutes, then that address waits for the rest of them;
 *   <li>one address, whatever the accounts: 20 failures in 15 minutes, then it waits for the rest of them;
 *   <li>an account from 10 or more addresses within an hour: every further failure doubles the wait before
 *       the account's next attempt from anywhere (1 s, 2 s, 4 s... at most 60 s), see {@link AccountSlowdown}.
 * </ul>
 * A refused attempt answers 429 with {@code Retry-After} before any password is checked. A success clears its
 * account's count from its address only.
 */
@ApplicationScoped
public class LoginThrottle {

    private final RateLimit accountFromAddress = new RateLimit(5, Duration.ofMinutes(5));
    private final RateLimit address = new RateLimit(20, Duration.ofMinutes(15));
    private final AccountSlowdown account =
            new AccountSlowdown(10, Duration.ofHours(1), Duration.ofSeconds(1), Duration.ofSeconds(60));

    @Inject
    Clock clock;

    /** Refuses the attempt, before any password is checked, while one of its counts says wait. */
    public void checkAllowed(Attempt attempt) {
        Instant now = clock.instant();
        Stream.of(
                        accountFromAddress.blockedFor(attempt.accountFromAddress(), now),
                        address.blockedFor(attempt.address(), now),
                        account.waitFor(attempt.account(), now))
                .flatMap(Optional::stream)
                .max(Duration::compareTo)
                .ifPresent(wait -> {
                    throw new TooManyRequestsException(
                            "TOO_MANY_ATTEMPTS", "Too many failed sign-in attempts; try again later", wait);
                });
    }

    public void recordFailure(Attempt attempt) {
        Instant now = clock.instant();
        accountFromAddress.count(attempt.accountFromAddress(), now);
        address.count(attempt.address(), now);
        account.recordFailure(attempt.account(), attempt.addressOrUnknown(), now);
    }

    public void recordSuccess(Attempt attempt) {
        accountFromAddress.forget(attempt.accountFromAddress());
    }

    /**
     * A sign-in to {@code account} (the e-mail as typed, normalised) of {@code scope} (a store's slug, or the
     * operator console) from {@code clientAddress}.
     */
    public record Attempt(String scope, String accountName, String clientAddress) {

        /** The scope of the operator console, which no store's slug can be. */
        public static final String OPERATORS = "operators console";

        String addressOrUnknown() {
            return clientAddress == null ? "unknown" : clientAddress;
        }

        String accountFromAddress() {
            return RateLimit.key(scope, accountName, addressOrUnknown());
        }

        String address() {
            return RateLimit.key(scope, addressOrUnknown());
        }

        String account() {
            return RateLimit.key(scope, accountName);
        }
    }
}
