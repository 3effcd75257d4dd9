package com.mastertrade.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TooManyRequestsExceptionTest {

    @Test
    void retryAfterRoundsUpToWholeSecondsAndIsNeverZero() {
        assertThat(new TooManyRequestsException("X", "m", Duration.ofMillis(1500)).retryAfterSeconds())
                .isEqualTo(2);
        assertThat(new TooManyRequestsException("X", "m", Duration.ZERO).retryAfterSeconds())
                .isEqualTo(1);
    }
}
