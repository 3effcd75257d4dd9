package com.mastertrade.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Values read once and kept a fixed time per key, so that a lookup on the request path (a tenant by host, a
 * store's branding or catalogue) costs no query most of the time. A change made on this node forgets its entries
 * at once; another node sees it when they expire. Past {@code maxEntries} keys everything is forgotten: the
 * lookups it saves are cheap to redo, an unbounded map of hosts is not.
 */
public final class TimedCache<K, V> {

    private final ConcurrentMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Duration lifetime;
    private final int maxEntries;

    public TimedCache(Duration lifetime, int maxEntries) {
        this.lifetime = lifetime;
        this.maxEntries = maxEntries;
    }

    /** The value kept for the key, or the one {@code load} reads now (kept from now on). */
    public V get(K key, Instant now, Supplier<V> load) {
        return find(key, now).orElseGet(() -> {
            V value = load.get();
            put(key, value, now);
            return value;
        });
    }

    /** The value kept for the key, unless it has expired. */
    public Optional<V> find(K key, Instant now) {
        Entry<V> entry = entries.get(key);
        return entry != null && entry.expires().isAfter(now) ? Optional.of(entry.value()) : Optional.empty();
    }

    /** Keeps a value from now on. */
    public void put(K key, V value, Instant now) {
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(key, new Entry<>(value, now.plus(lifetime)));
    }

    public void forget(K key) {
        entries.remove(key);
    }

    public void forgetIf(Predicate<V> stale) {
        entries.values().removeIf(entry -> stale.test(entry.value()));
    }

    private record Entry<V>(V value, Instant expires) {}
}
