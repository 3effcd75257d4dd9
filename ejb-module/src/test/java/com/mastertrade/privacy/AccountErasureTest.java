package com.mastertrade.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountErasureTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void onlyASignInOfTheLastTenMinutesConfirmsAnErasure() {
        assertThat(AccountErasure.isRecent(NOW, NOW)).isTrue();
        assertThat(AccountErasure.isRecent(NOW.minusSeconds(600), NOW)).isTrue();
        assertThat(AccountErasure.isRecent(NOW.minusSeconds(601), NOW)).isFalse();
        assertThat(AccountErasure.isRecent(NOW.minusSeconds(3_599), NOW)).isFalse();
    }

    @Test
    void aTokenFromTheFutureBeyondClockDriftConfirmsNothing() {
        assertThat(AccountErasure.isRecent(NOW.plusSeconds(60), NOW)).isTrue();
        assertThat(AccountErasure.isRecent(NOW.plusSeconds(61), NOW)).isFalse();
    }
}
