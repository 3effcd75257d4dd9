package com.mastertrade.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Locale FRENCH = Locale.FRENCH;
    private static final Locale ENGLISH = Locale.ENGLISH;

    @Test
    void francsAreWrittenFcfaAfterTheAmountInFrenchAndTheCodeBeforeItInEnglish() {
        assertThat(new Money(15_000, "XOF").format(FRENCH)).isEqualTo("15\u202f000\u00a0FCFA");
        assertThat(new Money(15_000, "XAF").format(FRENCH)).isEqualTo("15\u202f000\u00a0FCFA");
        assertThat(new Money(15_000, "XOF").format(ENGLISH)).isEqualTo("XOF 15,000");
    }

    @Test
    void centsFollowTheLanguagesDecimalMark() {
        assertThat(new Money(22_900, "EUR").format(FRENCH)).isEqualTo("229,00\u00a0€");
        assertThat(new Money(22_900, "EUR").format(ENGLISH)).isEqualTo("EUR 229.00");
        assertThat(new Money(4_990, "USD").format(FRENCH)).isEqualTo("49,90\u00a0USD");
    }

    @Test
    void aCurrencyTheStoreDoesNotSellInOrANegativeAmountIsRefused() {
        assertThatThrownBy(() -> new Money(1, "BTC")).hasMessageContaining("currency");
        assertThatThrownBy(() -> new Money(-1, "XOF")).hasMessageContaining("negative");
    }
}
