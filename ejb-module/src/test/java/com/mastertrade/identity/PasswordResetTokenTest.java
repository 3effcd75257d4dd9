package com.mastertrade.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PasswordResetTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

    private final PasswordResetToken token = new PasswordResetToken(null, new byte[32], "10.0.0.1", NOW);

    @Test
    void worksForThirtyMinutes() {
        assertThat(token.isUsableAt(NOW.plusSeconds(29 * 60))).isTrue();
        assertThat(token.isUsableAt(NOW.plusSeconds(30 * 60))).isFalse();
    }

    @Test
    void worksOnce() {
        token.consume(NOW.plusSeconds(1));
        assertThat(token.isUsableAt(NOW.plusSeconds(2))).isFalse();
    }
}
