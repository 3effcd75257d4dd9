package com.mastertrade.idempotency;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A key as it stands when a request brings it again: what was asked with it, when, and the answer if the first
 * request has answered. Decides what the new request gets.
 */
record KeyUse(RequestFingerprint fingerprint, Instant createdAt, Optional<KeptAnswer> answer) {

    /** How long a key is remembered, as Stripe's: after that, the key is free for a new action. */
    static final Duration KEPT_FOR = Duration.ofHours(24);
    /**
     * A key still running after this long belongs to a request whose node died before it answered: well over the
     * longest action (a provider call is given up after 3 attempts of 10 s). A retry may then take it over.
     */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

    KeyUse {
        Objects.requireNonNull(fingerprint, "The fingerprint is required.");
        Objects.requireNonNull(createdAt, "The creation instant is required.");
        Objects.requireNonNull(answer, "The answer (or none) is required.");
    }

    /** What a request with this key gets. */
    enum Next {
        /** The key is free again (expired, or abandoned by a dead request): the request runs, holding it. */
        RUN,
        /** The first answer, given again. */
        REPLAY,
        /** The first request has not answered yet: 409, try again shortly. */
        IN_USE,
        /** The key was used for another request: 422. */
        REUSED
    }

    Next next(RequestFingerprint request, Instant now) {
        if (!createdAt.plus(KEPT_FOR).isAfter(now)) {
            return Next.RUN;
        }
        if (!fingerprint.equals(request)) {
            return Next.REUSED;
        }
        if (answer.isPresent()) {
            return Next.REPLAY;
        }
        return createdAt.plus(ABANDONED_AFTER).isAfter(now) ? Next.IN_USE : Next.RUN;
    }
}
