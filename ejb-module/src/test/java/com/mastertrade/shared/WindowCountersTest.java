package com.mastertrade.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WindowCountersTest {

    private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");
    private final WindowCounters counters = new WindowCounters(Duration.ofMinutes(15));

    @Test
    void blocksAtTheLimitUntilTheWindowEnds() {
        for (int i = 0; i < 3; i++) {
            assertThat(counters.blockedFor("k", 3, T0)).isEmpty();
            counters.increment("k", T0.plusSeconds(i));
        }
        assertThat(counters.blockedFor("k", 3, T0.plusSeconds(60))).contains(Duration.ofMinutes(14));
        assertThat(counters.blockedFor("k", 3, T0.plus(Duration.ofMinutes(15)))).isEmpty();
        assertThat(counters.increment("k", T0.plus(Duration.ofMinutes(15)))).isEqualTo(1);
    }

    @Test
    void keysAreCountedApartAndCanBeReset() {
        counters.increment("a", T0);
        counters.increment("a", T0);
        assertThat(counters.increment("b", T0)).isEqualTo(1);
        counters.reset("a");
        assertThat(counters.increment("a", T0)).isEqualTo(1);
    }
}
