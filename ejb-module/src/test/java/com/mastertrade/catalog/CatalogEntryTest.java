package com.mastertrade.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.mastertrade.shared.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogEntryTest {

    private static CatalogEntry entry(String sku, String name, String category, Money... prices) {
        return new CatalogEntry(1, sku, name, category, "", "1.0", null, null, null, List.of(prices), 1, 365, 0);
    }

    @Test
    void theShelfFindsWhatTheApiFindsCategoryInAnyCaseTextInNameOrSku() {
        CatalogEntry paie = entry("PAIE-FACILE", "PaieFacile", "RH", new Money(95_000, "XOF"));

        assertThat(paie.matches(null, null)).isTrue();
        assertThat(paie.matches("rh", null)).isTrue();
        assertThat(paie.matches("gestion", null)).isFalse();
        assertThat(paie.matches(null, "facile")).isTrue();
        assertThat(paie.matches(null, "paie-f")).isTrue();
        assertThat(paie.matches("rh", "caisse")).isFalse();
    }

    @Test
    void theDisplayedPriceIsInFrancsFirstThenEurosThenDollars() {
        assertThat(entry("A", "A", null, new Money(100, "USD"), new Money(200, "EUR"))
                        .displayPrice())
                .isEqualTo(new Money(200, "EUR"));
        assertThat(entry("B", "B", null, new Money(300, "GBP")).displayPrice()).isEqualTo(new Money(300, "GBP"));
        assertThat(entry("C", "C", null, new Money(100, "USD"), new Money(15_000, "XOF"))
                        .displayPrice())
                .isEqualTo(new Money(15_000, "XOF"));
    }
}
