package com.mastertrade.web.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mastertrade.identity.EmailPreferences;
import com.mastertrade.identity.Profile;
import com.mastertrade.shared.InvalidInputException;
import com.mastertrade.shared.Language;
import org.junit.jupiter.api.Test;

class ProfileChangeTest {

    private static final Profile AWA = new Profile("Awa Koné", "+225 07 00 00 00", "CI", Language.FR);

    @Test
    void aFieldLeftOutKeepsItsValueAndAnEmptyOneIsRemoved() {
        Profile changed = new ProfileChange(null, "", null, "en", null).applyTo(AWA);

        assertThat(changed).isEqualTo(new Profile("Awa Koné", null, "CI", Language.EN));
        assertThat(new ProfileChange(null, null, null, null, null).applyTo(AWA)).isEqualTo(AWA);
    }

    @Test
    void anEmailChoiceLeftOutKeepsItsValue() {
        EmailPreferences current = new EmailPreferences(true, false, true);

        assertThat(new EmailPreferencesChange(null, true, false).applyTo(current))
                .isEqualTo(new EmailPreferences(true, true, false));
        assertThat(new EmailPreferencesChange(null, null, null).applyTo(current))
                .isEqualTo(current);
    }

    @Test
    void aChangeOfEmailChoicesAloneKeepsTheProfile() {
        assertThat(new ProfileChange(null, null, null, null, new EmailPreferencesChange(null, null, true))
                        .keepsProfile())
                .isTrue();
        assertThat(new ProfileChange(null, "", null, null, null).keepsProfile()).isFalse();
    }

    @Test
    void theNewDetailsAreCheckedLikeAtSignUp() {
        assertThatThrownBy(() -> new ProfileChange("", null, null, null, null).applyTo(AWA))
                .isInstanceOf(InvalidInputException.class)
                .extracting("field")
                .isEqualTo("name");
        assertThatThrownBy(() -> new ProfileChange(null, null, "CIV", null, null).applyTo(AWA))
                .extracting("field")
                .isEqualTo("country");
        assertThatThrownBy(() -> new ProfileChange(null, null, null, "de", null).applyTo(AWA))
                .extracting("field")
                .isEqualTo("language");
    }
}
