package com.mastertrade.web.identity;

import com.mastertrade.identity.Profile;
import com.mastertrade.shared.InvalidInputException;
import com.mastertrade.shared.Language;

/**
 * {@code PUT /api/users/me}: the details to change; a field left out keeps its value, an empty phone or country
 * removes it; {@code email_preferences} chooses the optional e-mails. Never the e-mail or the role.
 */
public record ProfileChange(
        String name, String phone, String country, String language, EmailPreferencesChange emailPreferences) {

    /** Whether the change names nothing of the profile itself, only e-mail preferences. */
    boolean keepsProfile() {
        return name == null && phone == null && country == null && language == null;
    }

    Profile applyTo(Profile current) {
        return new Profile(
                name == null ? current.name() : name,
                phone == null ? current.phone() : phone,
                country == null ? current.country() : country,
                language == null ? current.locale() : language(language));
    }

    static Language language(String tag) {
        return switch (tag) {
            case "fr" -> Language.FR;
            case "en" -> Language.EN;
            default -> throw new InvalidInputException("language", "language is fr or en");
        };
    }
}
