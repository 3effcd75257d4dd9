package com.mastertrade.payment;

import com.mastertrade.shared.MastertradeException;

/** 400: a webhook that is forged, malformed, or contradicted by the provider's API; nothing changes. */
public class InvalidWebhookException extends MastertradeException {

    private static final long serialVersionUID = 1L;

    public InvalidWebhookException(String message) {
        super(400, "WEBHOOK_INVALID", message);
    }
}
