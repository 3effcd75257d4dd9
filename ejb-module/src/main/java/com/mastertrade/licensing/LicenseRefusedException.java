package com.mastertrade.licensing;

import com.mastertrade.shared.MastertradeException;

/** An activation the licence refuses: 409 with the licence API's code ({@code TOO_MANY_ACTIVATIONS}, {@code EXPIRED}...). */
public class LicenseRefusedException extends MastertradeException {

    private final ValidityCode reason;

    public LicenseRefusedException(ValidityCode reason) {
        super(409, reason.name(), "The licence refuses this activation: " + reason.name());
        this.reason = reason;
    }

    public ValidityCode reason() {
        return reason;
    }
}
