package com.mastertrade.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mastertrade.shared.SettableClock;
import com.mastertrade.shared.TooManyRequestsException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The contract of ADR 0011, in its own numbers. */
class LoginThrottleTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-24T08:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle();

    LoginThrottleTest() {
        throttle.clock = clock;
    }

    @Test
    void fiveFailuresOnAnAccountFromOneAddressMakeThatAddressWaitTheRestOfFiveMinutes() {
        fail("acme", "awa@example.test", "203.0.113.1", 4);
        clock.advance(Duration.ofSeconds(60));
        assertAllowed("acme", "awa@example.test", "203.0.113.1");
        fail("acme", "awa@example.test", "203.0.113.1", 1);

        assertThat(retryAfter("acme", "awa@example.test", "203.0.113.1")).isEqualTo(4 * 60);
        clock.advance(Duration.ofSeconds(4 * 60 - 1));
        assertThat(retryAfter("acme", "awa@example.test", "203.0.113.1")).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertAllowed("acme", "awa@example.test", "203.0.113.1");
    }

    @Test
    void theOwnerAtAnotherAddressIsNotLockedOut() {
        fail("acme", "awa@example.test", "203.0.113.1", 5);
        assertRefused("acme", "awa@example.test", "203.0.113.1");
        assertAllowed("acme", "awa@example.test", "198.51.100.7");
    }

    @Test
    void staffAccountsAreNoDifferent() {
        fail("acme", "admin@acme.test", "203.0.113.1", 50);
        assertAllowed("acme", "admin@acme.test", "198.51.100.7");
    }

    @Test
    void twentyFailuresFromOneAddressInAStoreMakeItWaitTheRestOfFifteenMinutesInThatStoreOnly() {
        for (int i = 0; i < 20; i++) {
            fail("acme", "user" + i + "@example.test", "203.0.113.1", 1);
        }
        assertThat(retryAfter("acme", "someone@example.test", "203.0.113.1")).isEqualTo(15 * 60);
        assertAllowed("acme", "someone@example.test", "203.0.113.2");
        assertAllowed("globex", "someone@example.test", "203.0.113.1");
        assertAllowed(LoginThrottle.Attempt.OPERATORS, "operator@mastertrade.local", "203.0.113.1");
        clock.advance(Duration.ofMinutes(15));
        assertAllowed("acme", "someone@example.test", "203.0.113.1");
    }

    @Test
    void storesAndTheOperatorConsoleCountApart() {
        fail("acme", "awa@example.test", "203.0.113.1", 5);
        assertRefused("acme", "awa@example.test", "203.0.113.1");
        assertAllowed("globex", "awa@example.test", "203.0.113.1");
        fail(LoginThrottle.Attempt.OPERATORS, "operator@mastertrade.local", "203.0.113.1", 5);
        assertRefused(LoginThrottle.Attempt.OPERATORS, "operator@mastertrade.local", "203.0.113.1");
        assertAllowed("globex", "operator@mastertrade.local", "203.0.113.1");
    }

    @Test
    void failuresFromTenAddressesSlowTheWholeAccountByDoublingWaitsUpToAMinute() {
        for (int i = 1; i <= 9; i++) {
            fail("acme", "awa@example.test", "203.0.113." + i, 1);
        }
        assertAllowed("acme", "awa@example.test", "198.51.100.7");

        fail("acme", "awa@example.test", "203.0.113.10", 1);
        assertThat(retryAfter("acme", "awa@example.test", "198.51.100.7")).isEqualTo(1);
        long[] expected = {2, 4, 8, 16, 32, 60, 60};
        for (int i = 0; i < expected.length; i++) {
            clock.advance(Duration.ofSeconds(60));
            fail("acme", "awa@example.test", "203.0.113." + (11 + i), 1);
            assertThat(retryAfter("acme", "awa@example.test", "198.51.100.7")).isEqualTo(expected[i]);
        }
        clock.advance(Duration.ofSeconds(60));
        assertAllowed("acme", "awa@example.test", "198.51.100.7");
        assertAllowed("acme", "kofi@example.test", "203.0.113.99");
    }

    @Test
    void theBrakeHoldsWhileFailuresComeAndEndsAnHourAfterTheLast() {
        for (int i = 1; i <= 10; i++) {
            fail("acme", "awa@example.test", "203.0.113." + i, 1);
        }
        clock.advance(Duration.ofMinutes(59));
        fail("acme", "awa@example.test", "203.0.113.50", 1);
        clock.advance(Duration.ofMinutes(59));
        fail("acme", "awa@example.test", "203.0.113.51", 1);
        assertThat(retryAfter("acme", "awa@example.test", "198.51.100.7")).isEqualTo(4);

        clock.advance(Duration.ofHours(1));
        fail("acme", "awa@example.test", "203.0.113.52", 1);
        assertAllowed("acme", "awa@example.test", "198.51.100.7");
    }

    @Test
    void oneAddressFailingOftenIsNotManyAddresses() {
        for (int i = 0; i < 4; i++) {
            fail("acme", "awa@example.test", "203.0.113.1", 4);
            clock.advance(Duration.ofMinutes(5));
        }
        assertAllowed("acme", "awa@example.test", "198.51.100.7");
    }

    @Test
    void aSuccessClearsTheAccountFromItsAddressOnly() {
        fail("acme", "awa@example.test", "203.0.113.1", 4);
        fail("acme", "awa@example.test", "203.0.113.2", 4);
        throttle.recordSuccess(attempt("acme", "awa@example.test", "203.0.113.1"));
        fail("acme", "awa@example.test", "203.0.113.1", 1);
        fail("acme", "awa@example.test", "203.0.113.2", 1);
        assertAllowed("acme", "awa@example.test", "203.0.113.1");
        assertRefused("acme", "awa@example.test", "203.0.113.2");
    }

    private void fail(String scope, String account, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(attempt(scope, account, address));
        }
    }

    private void assertAllowed(String scope, String account, String address) {
        assertThatCode(() -> throttle.checkAllowed(attempt(scope, account, address)))
                .doesNotThrowAnyException();
    }

    private void assertRefused(String scope, String account, String address) {
        assertThatThrownBy(() -> throttle.checkAllowed(attempt(scope, account, address)))
                .isInstanceOf(TooManyRequestsException.class)
                .hasFieldOrPropertyWithValue("code", "TOO_MANY_ATTEMPTS");
    }

    private long retryAfter(String scope, String account, String address) {
        try {
            throttle.checkAllowed(attempt(scope, account, address));
        } catch (TooManyRequestsException e) {
            return e.retryAfterSeconds();
        }
        throw new AssertionError("allowed");
    }

    private static LoginThrottle.Attempt attempt(String scope, String account, String address) {
        return new LoginThrottle.Attempt(scope, account, address);
    }
}
