package com.mastertrade.licensing;

import com.mastertrade.shared.MastertradeException;

/**
 * A licence API call the licence refuses, with the API's code: 404 for an unknown key, 409 otherwise
 * ({@code TOO_MANY_ACTIVATIONS}, {@code EXPIRED}, {@code REVOKED}...).
 */
public class LicenseRefusedException extends MastertradeException {

    private static final long serialVersionUID = 1L;

    private final ValidityCode reason;

    public LicenseRefusedException(ValidityCode reason) {
        super(
                reason == ValidityCode.NOT_FOUND ? 404 : 409,
                reason.name(),
                "The licence refuses this activation: " + reason.name());
        this.reason = reason;
    }

    public ValidityCode reason() {
        return reason;
    }
}
