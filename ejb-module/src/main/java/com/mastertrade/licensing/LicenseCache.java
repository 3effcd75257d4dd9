package com.mastertrade.licensing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * This node's memory of licences as devices see them, so that the validation an installed program repeats
 * costs no database round trip. Whatever changes a licence or its activations makes every node forget it:
 * this node right after its transaction ({@link LicenseChanged}), every node when PostgreSQL announces the
 * committed change ({@link LicenseChangeFeed}; a trigger announces it, so changes made by hand count too).
 * While that feed is down nothing is remembered, and nothing is remembered longer than {@link #LIFETIME}, in
 * case an announcement was lost.
 *
 * <p>A read that raced with a change is not remembered: the entry of a key is created before the database is
 * read, and the value is kept only if that entry is still the key's afterwards (forgetting removes it).
 */
@ApplicationScoped
public class LicenseCache {

    static final Duration LIFETIME = Duration.ofSeconds(60);
    /** Past this many keys, the cache starts over (a few tens of MB at most). */
    static final int MAX_KEYS = 100_000;

    private final Map<LicenseKey, Map<String, Remembered>> byKey = new ConcurrentHashMap<>();
    private volatile boolean fed;

    @Inject
    Clock clock;

    /** The licence as the device sees it: remembered if fresh, else read (and remembered when safe). */
    Optional<LicenseOnDevice> find(LicenseKey key, DeviceId device, Supplier<Optional<LicenseOnDevice>> read) {
        if (!fed) {
            return read.get();
        }
        Instant now = clock.instant();
        if (byKey.size() >= MAX_KEYS) {
            byKey.clear();
        }
        Map<String, Remembered> devices = byKey.computeIfAbsent(key, k -> new ConcurrentHashMap<>());
        Remembered known = devices.get(device.value());
        if (known != null && known.readAt().plus(LIFETIME).isAfter(now)) {
            return Optional.of(known.license());
        }
        Optional<LicenseOnDevice> found = read.get();
        if (found.isPresent() && byKey.get(key) == devices) {
            devices.put(device.value(), new Remembered(found.get(), now));
        }
        return found;
    }

    /** Forgets one device's view of a licence, after its "last seen" was written. */
    void forget(LicenseKey key, DeviceId device) {
        Map<String, Remembered> devices = byKey.get(key);
        if (devices != null) {
            devices.remove(device.value());
        }
    }

    void forget(LicenseKey key) {
        byKey.remove(key);
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_COMPLETION) LicenseChanged change) {
        forget(change.key());
    }

    /** The change feed is listening: from now on every change is announced, so remembering is safe. */
    void fed() {
        byKey.clear();
        fed = true;
    }

    /** The change feed is down: changes may go unannounced, so nothing is remembered until it is back. */
    void unfed() {
        fed = false;
        byKey.clear();
    }

    private record Remembered(LicenseOnDevice license, Instant readAt) {}
}
