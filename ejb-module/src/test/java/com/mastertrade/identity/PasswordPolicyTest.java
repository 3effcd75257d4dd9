package com.mastertrade.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mastertrade.shared.Language;
import com.mastertrade.shared.MastertradeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @Test
    void passwordsHaveBoundedLength() {
        for (String bad : new String[] {"short", "x".repeat(129), " ".repeat(12), null}) {
            assertThatThrownBy(() -> PasswordPolicy.check(bad, Language.FR))
                    .isInstanceOf(MastertradeException.class)
                    .hasFieldOrPropertyWithValue("code", "VALIDATION_FAILED")
                    .hasFieldOrPropertyWithValue("field", "password");
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "azertyuiop",
                "motdepasse",
                "password123",
                "12345678901",
                "qsdfghjklm",
                "azertyuiop123",
                "motdepasse2026",
                "aaaaaaaaaaaa",
                "1234567890"
            })
    void commonAndGuessablePasswordsAreRefused(String weak) {
        assertThatThrownBy(() -> PasswordPolicy.check(weak, Language.FR))
                .isInstanceOf(MastertradeException.class)
                .hasFieldOrPropertyWithValue("status", 422)
                .hasFieldOrPropertyWithValue("code", "WEAK_PASSWORD")
                .hasFieldOrPropertyWithValue("field", "password");
    }

    @ParameterizedTest
    @ValueSource(strings = {"le chat dort sous la pluie", "soleil-mangue-42-pirogue", "correct-horse-battery"})
    void strongPassphrasesAreAccepted(String strong) {
        assertThat(PasswordPolicy.check(strong, Language.FR, "awa@example.test", "Awa Koné"))
                .containsExactly(strong.toCharArray());
    }

    @Test
    void theUsersOwnEmailIsGuessedFirst() {
        String password = "awa.kone@example.test";
        assertThat(PasswordPolicy.check(password, Language.FR)).hasSize(password.length());
        assertThatThrownBy(() -> PasswordPolicy.check(password, Language.FR, "Awa.Kone@example.test", "Awa Koné"))
                .hasFieldOrPropertyWithValue("code", "WEAK_PASSWORD");
    }

    @Test
    void theRefusalSaysWhyInFrenchByDefaultAndInEnglishOnRequest() {
        assertThatThrownBy(() -> PasswordPolicy.check("azertyuiop", Language.FR))
                .hasMessageStartingWith("Ce mot de passe est trop facile à deviner.")
                .hasMessageContaining("mot de passe très courant");
        assertThatThrownBy(() -> PasswordPolicy.check("azertyuiop", Language.EN))
                .hasMessageStartingWith("This password is too easy to guess.")
                .hasMessageContaining("very common password");
    }

    @Test
    void accentsAndSeparatorsOfTheNameDoNotHideIt() {
        assertThat(PasswordPolicy.userInputs("awa.kone@example.test", "Koné N'Guessan"))
                .contains("awa.kone@example.test", "awa", "kone", "example", "koné", "guessan")
                .doesNotContain("n");
    }
}
