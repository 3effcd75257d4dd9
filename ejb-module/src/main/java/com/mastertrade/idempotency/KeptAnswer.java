package com.mastertrade.idempotency;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** The first answer to a key, as it is given again: status, the headers that matter, the body's bytes. */
@SuppressWarnings("ArrayRecordComponent") // a carrier of bytes, never compared or used as a key
public record KeptAnswer(int status, Map<String, String> headers, byte[] body) {

    public static final String CONTENT_TYPE = "Content-Type";
    public static final String LOCATION = "Location";
    public static final String RETRY_AFTER = "Retry-After";
    /** What a client acts on; the rest (request id, security headers, date) belongs to each answer. */
    public static final List<String> KEPT_HEADERS = List.of(CONTENT_TYPE, LOCATION, RETRY_AFTER);

    public KeptAnswer {
        Objects.requireNonNull(headers, "The headers are required.");
        Objects.requireNonNull(body, "The body is required.");
        TreeMap<String, String> kept = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, value) -> {
            if (value != null && KEPT_HEADERS.stream().anyMatch(name::equalsIgnoreCase)) {
                kept.put(name, value);
            }
        });
        headers = Map.copyOf(kept);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /**
     * Whether an answer stands for the key, or the key is let go so that a retry runs the action again. Kept: 2xx,
     * and 4xx as Stripe does (the same request would be refused again the same way), but not 429, which says
     * "try again later". Let go: 5xx, the action failed and its transaction rolled back; except a 5xx that
     * names in {@code Location} what it made before failing (an order placed whose checkout did not open): run
     * again, it would place a second order, so the answer pointing at the first is kept.
     */
    public static boolean standsFor(int status, Map<String, String> headers) {
        if (status == 429) {
            return false;
        }
        if (status >= 500) {
            return headers.keySet().stream().anyMatch(LOCATION::equalsIgnoreCase);
        }
        return true;
    }
}
