/**
 * {@code Idempotency-Key} on state-changing POSTs (ADR 0012): a request sent again with the same key and body
 * within 24 h gets the first answer back and changes nothing; two at once cannot both run. Keys belong to a caller
 * in a store (the store's {@code idempotency_keys} table) or to an operator (the platform's). {@link
 * com.mastertrade.idempotency.IdempotencyFilter} applies it around the JAX-RS resources of both APIs, which know
 * nothing of it; {@link com.mastertrade.shared.http.IdempotentCalls} says which calls it covers.
 */
package com.mastertrade.idempotency;
