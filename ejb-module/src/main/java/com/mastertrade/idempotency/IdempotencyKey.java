package com.mastertrade.idempotency;

import com.mastertrade.shared.MastertradeException;
import com.mastertrade.shared.http.IdempotentCalls;
import java.util.List;

/** The client's name for one action: 1 to 255 printable ASCII characters (a UUID does), as Stripe takes them. */
public record IdempotencyKey(String value) {

    public static final int MAX_LENGTH = 255;

    public IdempotencyKey {
        if (value == null
                || value.isEmpty()
                || value.length() > MAX_LENGTH
                || !value.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            throw invalid();
        }
    }

    /** The key of a request's header values: exactly one is allowed, two keys would name two actions. */
    public static IdempotencyKey fromHeader(List<String> values) {
        if (values == null || values.size() != 1) {
            throw invalid();
        }
        return new IdempotencyKey(values.get(0));
    }

    private static MastertradeException invalid() {
        return new MastertradeException(
                400,
                "IDEMPOTENCY_KEY_INVALID",
                IdempotentCalls.HEADER + " is one value of 1 to 255 printable ASCII characters (a UUID does)",
                IdempotentCalls.HEADER);
    }
}
