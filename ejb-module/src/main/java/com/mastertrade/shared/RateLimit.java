package com.mastertrade.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A throttle's rule in numbers: at most {@code limit} events per key in each window. The key names what is
 * counted (a store and an address, an account...); counts live in memory, per node ({@link WindowCounters}).
 */
public final class RateLimit {

    private final int limit;
    private final WindowCounters counters;

    public RateLimit(int limit, Duration window) {
        if (limit < 1) {
            throw new IllegalArgumentException("a limit is at least 1");
        }
        this.limit = limit;
        this.counters = new WindowCounters(window);
    }

    /** A key of parts that cannot run into each other, and of bounded size whatever a client typed. */
    public static String key(String... parts) {
        StringBuilder key = new StringBuilder();
        for (String part : parts) {
            key.append(Texts.atMost(part == null ? "" : part, 256)).append('\u0000');
        }
        return key.toString();
    }

    /** When the key has reached its limit: how long until its window ends. */
    public Optional<Duration> blockedFor(String key, Instant now) {
        return counters.blockedFor(key, limit, now);
    }

    public void count(String key, Instant now) {
        counters.increment(key, now);
    }

    /** Counts the event if the key is still under its limit; false, and the event should not happen, if not. */
    public boolean tryCount(String key, Instant now) {
        return counters.increment(key, now) <= limit;
    }

    public void forget(String key) {
        counters.reset(key);
    }
}
