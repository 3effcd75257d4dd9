package com.mastertrade.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TimedCacheTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    private final AtomicInteger reads = new AtomicInteger();

    private String read() {
        return "value " + reads.incrementAndGet();
    }

    @Test
    void aValueIsReadOnceThenKeptUntilItsLifetimeEnds() {
        TimedCache<String, String> cache = new TimedCache<>(Duration.ofSeconds(10), 100);

        assertThat(cache.get("a", NOW, this::read)).isEqualTo("value 1");
        assertThat(cache.get("a", NOW.plusSeconds(9), this::read)).isEqualTo("value 1");
        assertThat(cache.get("a", NOW.plusSeconds(10), this::read)).isEqualTo("value 2");
    }

    @Test
    void aValuePutIsFoundUntilItsLifetimeEnds() {
        TimedCache<String, String> cache = new TimedCache<>(Duration.ofSeconds(10), 100);

        assertThat(cache.find("a", NOW)).isEmpty();
        cache.put("a", "page", NOW);

        assertThat(cache.find("a", NOW.plusSeconds(9))).contains("page");
        assertThat(cache.find("a", NOW.plusSeconds(10))).isEmpty();
        assertThat(cache.get("a", NOW.plusSeconds(5), this::read)).isEqualTo("page");
    }

    @Test
    void forgottenKeysAndValuesAreReadAgain() {
        TimedCache<String, String> cache = new TimedCache<>(Duration.ofSeconds(10), 100);
        cache.get("a", NOW, this::read);
        cache.get("b", NOW, this::read);

        cache.forget("a");
        cache.forgetIf(value -> value.equals("value 2"));

        assertThat(cache.get("a", NOW, this::read)).isEqualTo("value 3");
        assertThat(cache.get("b", NOW, this::read)).isEqualTo("value 4");
    }

    @Test
    void pastItsSizeEverythingIsForgotten() {
        TimedCache<Integer, String> cache = new TimedCache<>(Duration.ofSeconds(10), 2);
        cache.get(1, NOW, this::read);
        cache.get(2, NOW, this::read);
        cache.get(3, NOW, this::read);

        assertThat(cache.get(1, NOW, this::read)).isEqualTo("value 4");
    }
}
