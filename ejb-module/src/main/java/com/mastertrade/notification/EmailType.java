package com.mastertrade.notification;

import java.util.Locale;

/** The e-mails the platform sends; each has a subject and a body in every language bundle. */
public enum EmailType {
    PASSWORD_RESET,
    PAYMENT_CONFIRMED,
    RENEWAL_CONFIRMED,
    PAYMENT_FAILED,
    REFUND_DONE;

    String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
