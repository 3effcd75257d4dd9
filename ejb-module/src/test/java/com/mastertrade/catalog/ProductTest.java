package com.mastertrade.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mastertrade.shared.Money;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductTest {

    private static final Instant CREATED = Instant.parse("2026-11-24T08:00:00Z");
    private static final Instant LATER = CREATED.plusSeconds(60);

    private static Product gestcom(Money... prices) {
        return new Product(
                new Sku("gestcom-pro"),
                new ProductDescription("GestCom Pro", "Devis et factures", "gestion", "5.2.0"),
                List.of(prices),
                new LicenseTerms(LicenseType.SUBSCRIPTION, 365, 3, 14, 7),
                CREATED);
    }

    @Test
    void aNewProductIsHiddenUntilPublished() {
        Product product = gestcom(new Money(150_000, "XOF"));
        assertThat(product.isPublished()).isFalse();
        assertThat(product.sku()).isEqualTo("GESTCOM-PRO");
        assertThat(product.createdAt()).isEqualTo(CREATED);
        assertThat(product.updatedAt()).isEqualTo(CREATED);
    }

    @Test
    void publishingAndHidingSayWhetherAnythingChanged() {
        Product product = gestcom(new Money(150_000, "XOF"));
        assertThat(product.publish(LATER)).isTrue();
        assertThat(product.isPublished()).isTrue();
        assertThat(product.updatedAt()).isEqualTo(LATER);
        assertThat(product.publish(LATER.plusSeconds(1))).isFalse();
        assertThat(product.updatedAt()).isEqualTo(LATER);
        assertThat(product.unpublish(LATER)).isTrue();
        assertThat(product.unpublish(LATER)).isFalse();
        assertThat(product.isPublished()).isFalse();
    }

    @Test
    void aProductHasAtLeastOnePriceAndOnePerCurrency() {
        assertThatThrownBy(ProductTest::gestcom).extracting("field").isEqualTo("prices");
        assertThatThrownBy(() -> gestcom(new Money(1, "EUR"), new Money(2, "eur")))
                .extracting("field")
                .isEqualTo("prices");
        Product product = gestcom(new Money(150_000, "XOF"));
        assertThatThrownBy(() -> product.reprice(List.of(), LATER))
                .extracting("field")
                .isEqualTo("prices");
        assertThat(product.prices()).containsExactly(new Money(150_000, "XOF"));
    }

    @Test
    void repricingReplacesTheListAndChangesKeptCurrenciesInPlace() throws Exception {
        Product product = gestcom(new Money(150_000, "XOF"), new Money(22_900, "EUR"));
        ProductPrice xofRow = rows(product).stream()
                .filter(row -> row.currency().equals("XOF"))
                .findFirst()
                .get();

        product.reprice(List.of(new Money(24_900, "USD"), new Money(160_000, "XOF")), LATER);

        assertThat(product.prices()).containsExactly(new Money(24_900, "USD"), new Money(160_000, "XOF"));
        assertThat(product.priceIn("EUR")).isEmpty();
        assertThat(rows(product)).contains(xofRow).hasSize(2);
        assertThat(xofRow.money()).isEqualTo(new Money(160_000, "XOF"));
        assertThat(product.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void thePriceShownIsTheOneAskedForElseXofEurUsdElseTheFirst() {
        Product product = gestcom(new Money(24_900, "USD"), new Money(22_900, "EUR"), new Money(19_900, "GBP"));
        assertThat(product.displayPrice("GBP")).isEqualTo(new Money(19_900, "GBP"));
        assertThat(product.displayPrice(null)).isEqualTo(new Money(22_900, "EUR"));
        assertThat(product.displayPrice("XAF")).isEqualTo(new Money(22_900, "EUR"));
        assertThat(gestcom(new Money(24_900, "USD"), new Money(150_000, "XOF")).displayPrice(null))
                .isEqualTo(new Money(150_000, "XOF"));
        assertThat(gestcom(new Money(300, "MAD"), new Money(19_900, "GBP")).displayPrice(null))
                .isEqualTo(new Money(19_900, "GBP"));
    }

    @Test
    void describingAndNewTermsReplaceTheOldOnes() {
        Product product = gestcom(new Money(150_000, "XOF"));
        product.describe(new ProductDescription("GestCom Pro 6", "  Nouvelle version  ", " ", "6.0"), LATER);
        product.changeTerms(new LicenseTerms(LicenseType.PERMANENT, null, 1, 0, 0), LATER);
        assertThat(product.name()).isEqualTo("GestCom Pro 6");
        assertThat(product.description()).isEqualTo("Nouvelle version");
        assertThat(product.category()).isNull();
        assertThat(product.version()).isEqualTo("6.0");
        assertThat(product.terms().type()).isEqualTo(LicenseType.PERMANENT);
        assertThat(product.updatedAt()).isEqualTo(LATER);
    }

    @SuppressWarnings("unchecked")
    private static List<ProductPrice> rows(Product product) throws Exception {
        Field prices = Product.class.getDeclaredField("prices");
        prices.setAccessible(true);
        return List.copyOf((List<ProductPrice>) prices.get(product));
    }
}
