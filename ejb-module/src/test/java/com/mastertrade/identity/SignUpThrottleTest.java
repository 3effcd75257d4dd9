package com.mastertrade.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mastertrade.shared.SettableClock;
import com.mastertrade.shared.TooManyRequestsException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignUpThrottleTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-24T08:00:00Z"));
    private final SignUpThrottle throttle = new SignUpThrottle();

    SignUpThrottleTest() {
        throttle.clock = clock;
        throttle.perHour = 10;
        throttle.init();
    }

    @Test
    void tenAccountsAnHourPerStoreAndAddressThen429UntilTheHourIsOver() {
        for (int i = 0; i < 10; i++) {
            throttle.checkAllowed("acme", "203.0.113.1");
            throttle.recordSignUp("acme", "203.0.113.1");
            clock.advance(Duration.ofMinutes(1));
        }
        assertThatThrownBy(() -> throttle.checkAllowed("acme", "203.0.113.1"))
                .isInstanceOf(TooManyRequestsException.class)
                .hasFieldOrPropertyWithValue("code", "TOO_MANY_SIGNUPS")
                .satisfies(e -> assertThat(((TooManyRequestsException) e).retryAfterSeconds())
                        .isEqualTo(50 * 60));
        assertThatCode(() -> throttle.checkAllowed("acme", "203.0.113.2")).doesNotThrowAnyException();
        assertThatCode(() -> throttle.checkAllowed("globex", "203.0.113.1")).doesNotThrowAnyException();
        clock.advance(Duration.ofMinutes(50));
        assertThatCode(() -> throttle.checkAllowed("acme", "203.0.113.1")).doesNotThrowAnyException();
    }
}
