package com.mastertrade.identity;

import com.mastertrade.shared.RateLimit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;

/**
 * Password reset e-mails, so that nobody floods a mailbox or the relay (ADR 0011): at most 3 an hour to one
 * account, and at most 10 requests an hour from one address in one store. Over either, the request is answered
 * like any other (202) and sends nothing, which tells nobody whether the account exists.
 */
@ApplicationScoped
public class ResetMailThrottle {

    private final RateLimit perAccount = new RateLimit(3, Duration.ofHours(1));
    private final RateLimit perAddress = new RateLimit(10, Duration.ofHours(1));

    @Inject
    Clock clock;

    /** Counts a request from the address; false when the address has had its share this hour. */
    public boolean fromAddress(String store, String clientAddress) {
        return perAddress.tryCount(RateLimit.key(store, clientAddress), clock.instant());
    }

    /** Counts an e-mail to the account; false when it has had its share this hour. */
    public boolean toAccount(String store, String accountEmail) {
        return perAccount.tryCount(RateLimit.key(store, accountEmail), clock.instant());
    }
}
