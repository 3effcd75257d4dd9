package com.mastertrade.licensing;

import com.mastertrade.shared.TooManyRequestsException;
import com.mastertrade.shared.WindowCounters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Heartbeats are telemetry, asked every {@link #INTERVAL}: a program that beats more than
 * {@value #PER_WINDOW} times in {@link #WINDOW} for one key and device is told to slow down (429).
 */
@ApplicationScoped
public class HeartbeatLimit {

    public static final Duration INTERVAL = Duration.ofHours(1);
    static final Duration WINDOW = Duration.ofMinutes(1);
    static final int PER_WINDOW = 3;

    private final WindowCounters beats = new WindowCounters(WINDOW);

    @Inject
    Clock clock;

    public void count(String key, String device) {
        Instant now = clock.instant();
        String slot = key + "|" + device;
        beats.blockedFor(slot, PER_WINDOW, now).ifPresent(wait -> {
            throw new TooManyRequestsException("TOO_MANY_HEARTBEATS", "Heartbeats come every hour; slow down", wait);
        });
        beats.increment(slot, now);
    }
}
