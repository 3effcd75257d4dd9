package com.mastertrade.payment;

import com.mastertrade.shared.MastertradeException;

/** 503: the provider did not answer, or answered with a server error, after retries; the order stays pending. */
public class ProviderUnavailableException extends MastertradeException {

    private static final long serialVersionUID = 1L;

    public ProviderUnavailableException(String message, Throwable cause) {
        super(503, "PROVIDER_UNAVAILABLE", message);
        initCause(cause);
    }
}
