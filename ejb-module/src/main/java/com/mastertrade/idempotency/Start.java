package com.mastertrade.idempotency;

/** What a request bringing a key does: run its action holding the key, or answer the first answer again. */
public sealed interface Start {

    record Run(Attempt attempt) implements Start {}

    record Replay(KeptAnswer answer) implements Start {}
}
