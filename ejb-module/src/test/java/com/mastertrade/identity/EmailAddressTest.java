package com.mastertrade.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mastertrade.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void oneMailboxHowEverItIsTyped() {
        assertThat(new EmailAddress("  Awa.Kone@Example.CI ")).isEqualTo(new EmailAddress("awa.kone@example.ci"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "awa", "awa@", "@example.ci", "awa@example", "awa kone@example.ci", "a@b..ci"})
    void refusesWhatIsNoAddress(String candidate) {
        assertThatThrownBy(() -> new EmailAddress(candidate))
                .isInstanceOf(InvalidInputException.class)
                .extracting("field")
                .isEqualTo("email");
        assertThat(EmailAddress.parseOrNull(candidate)).isNull();
    }

    @Test
    void refusesAddressesOverTheLengthOfTheStandard() {
        assertThat(EmailAddress.parseOrNull("a".repeat(250) + "@x.ci")).isNull();
        assertThat(EmailAddress.parseOrNull(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "awa@example.test",
                "Awa@Example.test",
                "awa+1@example.test",
                "awa+trial-again@example.test",
                "AWA+X@EXAMPLE.TEST"
            })
    void theMailboxOfAnAddressDropsItsPlusTagAndCase(String typed) {
        assertThat(new EmailAddress(typed).mailbox()).isEqualTo("awa@example.test");
    }

    @Test
    void atGmailTheDotsOfTheLocalPartAreOneMailboxToo() {
        assertThat(new EmailAddress("A.Wa.Kone+1@gmail.com").mailbox()).isEqualTo("awakone@gmail.com");
        assertThat(new EmailAddress("awa.kone@googlemail.com").mailbox()).isEqualTo("awakone@gmail.com");
        assertThat(new EmailAddress("awa.kone@example.test").mailbox()).isEqualTo("awa.kone@example.test");
    }

    @Test
    void aLeadingPlusIsNoTag() {
        assertThat(new EmailAddress("+awa@example.test").mailbox()).isEqualTo("+awa@example.test");
    }
}
