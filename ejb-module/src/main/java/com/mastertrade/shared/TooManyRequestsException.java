package com.mastertrade.shared;

import java.time.Duration;

/** 429: slow down; the answer carries {@code Retry-After}. */
public class TooManyRequestsException extends MastertradeException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public TooManyRequestsException(String code, String message, Duration retryAfter) {
        super(429, code, message);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least one, as {@code Retry-After} wants them. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
