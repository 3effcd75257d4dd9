package com.mastertrade.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SkuTest {

    @Test
    void isKeptInCapitalsWithoutSurroundingSpaces() {
        assertThat(new Sku("  gestcom-pro ").value()).isEqualTo("GESTCOM-PRO");
        assertThat(new Sku("paie_facile.v3").value()).isEqualTo("PAIE_FACILE.V3");
        assertThat(new Sku("7ZIP").value()).isEqualTo("7ZIP");
        assertThat(new Sku("A" + "B".repeat(63)).value()).hasSize(64);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"A", "-GESTCOM", ".PRO", "GEST COM", "GESTCOM/PRO", "CAFÉ", "12345", "0"})
    void refusesWhatIsNotASku(String candidate) {
        assertThatThrownBy(() -> new Sku(candidate)).extracting("field").isEqualTo("sku");
    }

    @Test
    void refusesMoreThanSixtyFourCharacters() {
        assertThatThrownBy(() -> new Sku("A".repeat(65))).extracting("field").isEqualTo("sku");
    }

    @Test
    void aNumberNamesAnIdNotASku() {
        assertThat(Sku.isId("42")).isTrue();
        assertThat(Sku.isId("GESTCOM-PRO")).isFalse();
        assertThat(Sku.isId("42A")).isFalse();
    }
}
