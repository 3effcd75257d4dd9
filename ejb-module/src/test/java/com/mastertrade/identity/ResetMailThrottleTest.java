package com.mastertrade.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.mastertrade.shared.SettableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** ADR 0011: 3 reset e-mails an hour per account, 10 requests an hour per store and address. */
class ResetMailThrottleTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-24T08:00:00Z"));
    private final ResetMailThrottle throttle = new ResetMailThrottle();

    ResetMailThrottleTest() {
        throttle.clock = clock;
    }

    @Test
    void threeEmailsAnHourToOneAccount() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.toAccount("acme", "awa@example.test")).isTrue();
        }
        assertThat(throttle.toAccount("acme", "awa@example.test")).isFalse();
        assertThat(throttle.toAccount("acme", "kofi@example.test")).isTrue();
        assertThat(throttle.toAccount("globex", "awa@example.test")).isTrue();
        clock.advance(Duration.ofMinutes(59));
        assertThat(throttle.toAccount("acme", "awa@example.test")).isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.toAccount("acme", "awa@example.test")).isTrue();
    }

    @Test
    void tenRequestsAnHourFromOneAddressInOneStore() {
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.fromAddress("acme", "203.0.113.1")).isTrue();
        }
        assertThat(throttle.fromAddress("acme", "203.0.113.1")).isFalse();
        assertThat(throttle.fromAddress("acme", "203.0.113.2")).isTrue();
        assertThat(throttle.fromAddress("globex", "203.0.113.1")).isTrue();
        clock.advance(Duration.ofHours(1));
        assertThat(throttle.fromAddress("acme", "203.0.113.1")).isTrue();
    }
}
