package com.mastertrade.web.identity;

import com.mastertrade.identity.EmailPreferences;

/** {@code email_preferences} of {@code PUT /api/users/me}: a choice left out keeps its value. */
public record EmailPreferencesChange(Boolean expiryReminders, Boolean productUpdates, Boolean newsletter) {

    EmailPreferences applyTo(EmailPreferences current) {
        return new EmailPreferences(
                expiryReminders == null ? current.expiryReminders() : expiryReminders,
                productUpdates == null ? current.productUpdates() : productUpdates,
                newsletter == null ? current.newsletter() : newsletter);
    }
}
