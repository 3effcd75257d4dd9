package com.mastertrade.payment;

import com.mastertrade.shared.MastertradeException;

/** 503: the provider did not answer, or answered with a server error, after retries; the order stays pending. */
public class ProviderUnavailableException extends MastertradeException {
    public ProviderUnavailableException(String message, Throwable cause) {
        super(503, "PROVIDER_UNAVAILABLE", message);
        initCause(cause);
    }
}
