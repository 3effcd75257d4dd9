package com.mastertrade.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mastertrade.shared.TooManyRequestsException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle();

    LoginThrottleTest() {
        throttle.clock = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);
    }

    @Test
    void locksAnAccountAfterFiveFailuresWithRetryAfter() {
        for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT; i++) {
            throttle.checkAllowed("demo:awa", "10.0.0." + i);
            throttle.recordFailure("demo:awa", "10.0.0." + i);
        }
        assertThatThrownBy(() -> throttle.checkAllowed("demo:awa", "10.9.9.9"))
                .isInstanceOf(TooManyRequestsException.class)
                .satisfies(e -> assertThat(((TooManyRequestsException) e).retryAfterSeconds())
                        .isEqualTo(15 * 60));
        assertThatCode(() -> throttle.checkAllowed("demo:kofi", "10.9.9.9")).doesNotThrowAnyException();
    }

    @Test
    void locksAnAddressThatTriesManyAccounts() {
        for (int i = 0; i < LoginThrottle.ADDRESS_LIMIT; i++) {
            throttle.recordFailure("demo:user" + i, "10.0.0.1");
        }
        assertThatThrownBy(() -> throttle.checkAllowed("demo:someone-else", "10.0.0.1"))
                .isInstanceOf(TooManyRequestsException.class);
        assertThatCode(() -> throttle.checkAllowed("demo:someone-else", "10.0.0.2"))
                .doesNotThrowAnyException();
    }

    @Test
    void aSuccessClearsTheAccount() {
        for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT - 1; i++) {
            throttle.recordFailure("demo:awa", "10.0.0.1");
        }
        throttle.recordSuccess("demo:awa");
        throttle.recordFailure("demo:awa", "10.0.0.1");
        assertThatCode(() -> throttle.checkAllowed("demo:awa", "10.0.0.1")).doesNotThrowAnyException();
    }
}
