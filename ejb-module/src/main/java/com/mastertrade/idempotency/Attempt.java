package com.mastertrade.idempotency;

import java.util.Objects;
import java.util.UUID;

/** A request that holds its key while its action runs; only it may write the answer or let the key go. */
public record Attempt(KeyScope scope, IdempotencyKey key, UUID id) {

    public Attempt {
        Objects.requireNonNull(scope, "The scope is required.");
        Objects.requireNonNull(key, "The key is required.");
        Objects.requireNonNull(id, "The attempt's id is required.");
    }
}
