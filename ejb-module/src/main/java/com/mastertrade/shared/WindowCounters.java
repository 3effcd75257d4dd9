package com.mastertrade.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counts events per key in fixed windows, in memory and bounded: the building block of throttles and rate
 * limits. Per node: behind a load balancer each node counts on its own.
 */
public final class WindowCounters {

    private static final int MAX_KEYS = 100_000;

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();
    private final Duration length;

    public WindowCounters(Duration length) {
        this.length = length;
    }

    /** Counts one event and returns the count in the key's current window. */
    public int increment(String key, Instant now) {
        if (windows.size() > MAX_KEYS) {
            windows.values().removeIf(w -> w.isOver(now));
        }
        return windows.compute(
                        key,
                        (k, w) -> w == null || w.isOver(now)
                                ? new Window(1, now.plus(length))
                                : new Window(w.count() + 1, w.end()))
                .count();
    }

    /** When {@code limit} is reached in the key's current window: how long until it ends. */
    public Optional<Duration> blockedFor(String key, int limit, Instant now) {
        Window window = windows.get(key);
        if (window == null || window.isOver(now) || window.count() < limit) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, window.end()));
    }

    public void reset(String key) {
        windows.remove(key);
    }

    private record Window(int count, Instant end) {
        boolean isOver(Instant now) {
            return !now.isBefore(end);
        }
    }
}
