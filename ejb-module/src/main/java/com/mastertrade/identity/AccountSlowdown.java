package com.mastertrade.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The brake on one account as a whole, for guessers with many addresses: once failures on the account came from
 * {@code spread} different addresses within {@code window}, each further failure doubles the wait before the
 * account's next attempt, from any address (first {@code firstDelay}, then twice that..., never more than
 * {@code longestDelay}). The owner waits seconds, never a lockout; the guesser gets one guess per wait. The brake
 * holds while failures keep coming and ends a window after the last one. In memory, per node.
 */
final class AccountSlowdown {

    private static final int MAX_ACCOUNTS = 100_000;

    private final int spread;
    private final Duration window;
    private final Duration firstDelay;
    private final Duration longestDelay;
    private final ConcurrentMap<String, State> accounts = new ConcurrentHashMap<>();

    AccountSlowdown(int spread, Duration window, Duration firstDelay, Duration longestDelay) {
        this.spread = spread;
        this.window = window;
        this.firstDelay = firstDelay;
        this.longestDelay = longestDelay;
    }

    /** How long the account's next attempt must wait, if it must. */
    Optional<Duration> waitFor(String account, Instant now) {
        State state = accounts.get(account);
        if (state == null || state.isOver(now) || !now.isBefore(state.notBefore())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, state.notBefore()));
    }

    void recordFailure(String account, String address, Instant now) {
        if (accounts.size() > MAX_ACCOUNTS) {
            accounts.values().removeIf(state -> state.isOver(now));
        }
        accounts.compute(
                account,
                (key, state) -> state == null || state.isOver(now)
                        ? new State(Set.of(address), 0, now, now.plus(window))
                        : next(state, address, now));
    }

    private State next(State state, String address, Instant now) {
        Set<String> addresses = state.addresses();
        if (addresses.size() < spread && !addresses.contains(address)) {
            addresses = new HashSet<>(addresses);
            addresses.add(address);
        }
        if (addresses.size() < spread) {
            return new State(addresses, 0, state.notBefore(), state.end());
        }
        int slowed = state.slowed() + 1;
        return new State(addresses, slowed, now.plus(delay(slowed)), now.plus(window));
    }

    /** The wait after the n-th failure of a braked account: doubling, up to the longest. */
    private Duration delay(int slowed) {
        Duration delay = firstDelay;
        for (int i = 1; i < slowed && delay.compareTo(longestDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(longestDelay) < 0 ? delay : longestDelay;
    }

    private record State(Set<String> addresses, int slowed, Instant notBefore, Instant end) {
        boolean isOver(Instant now) {
            return !now.isBefore(end);
        }
    }
}
