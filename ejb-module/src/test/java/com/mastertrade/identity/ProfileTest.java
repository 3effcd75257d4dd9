package com.mastertrade.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mastertrade.shared.Language;
import org.junit.jupiter.api.Test;

class ProfileTest {

    @Test
    void normalisesOptionalFields() {
        Profile profile = new Profile("  Awa Koné ", " ", "ci", null);
        assertThat(profile.name()).isEqualTo("Awa Koné");
        assertThat(profile.phone()).isNull();
        assertThat(profile.country()).isEqualTo("CI");
        assertThat(profile.locale()).isEqualTo(Language.FR);
    }

    @Test
    void namesTheFieldThatFails() {
        assertThatThrownBy(() -> new Profile(" ", null, null, null))
                .extracting("field")
                .isEqualTo("name");
        assertThatThrownBy(() -> new Profile("Awa", "call me", null, null))
                .extracting("field")
                .isEqualTo("phone");
        assertThatThrownBy(() -> new Profile("Awa", null, "CIV", null))
                .extracting("field")
                .isEqualTo("country");
        assertThatThrownBy(() -> new Profile("A".repeat(121), null, null, null))
                .extracting("field")
                .isEqualTo("name");
    }
}
