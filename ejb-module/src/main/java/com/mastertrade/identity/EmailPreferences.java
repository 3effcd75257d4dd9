package com.mastertrade.identity;

/**
 * The optional e-mails a user receives. Receipts, refunds and password resets are always sent: they are part of
 * the service, not a choice. The newsletter is marketing, so it starts refused and each change of mind is kept
 * as a consent.
 */
public record EmailPreferences(boolean expiryReminders, boolean productUpdates, boolean newsletter) {

    /** What a new account receives. */
    public static final EmailPreferences DEFAULT = new EmailPreferences(true, true, false);
}
