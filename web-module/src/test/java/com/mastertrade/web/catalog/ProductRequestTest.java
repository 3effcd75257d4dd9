package com.mastertrade.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mastertrade.catalog.LicenseType;
import com.mastertrade.catalog.NewProduct;
import com.mastertrade.catalog.ProductChanges;
import com.mastertrade.shared.Money;
import com.mastertrade.web.catalog.ProductRequest.LicenseTermsRequest;
import com.mastertrade.web.catalog.ProductRequest.PriceRequest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductRequestTest {

    private static final LicenseTermsRequest SUBSCRIPTION = terms("subscription", 365, 3, 14, 7);
    private static final List<PriceRequest> ONE_PRICE = List.of(price(1, "EUR"));

    private static PriceRequest price(Number amount, String currency) {
        return new PriceRequest(amount == null ? null : new BigDecimal(amount.toString()), currency);
    }

    private static LicenseTermsRequest terms(String type, Number... days) {
        BigDecimal[] numbers = new BigDecimal[4];
        for (int i = 0; i < days.length; i++) {
            numbers[i] = days[i] == null ? null : new BigDecimal(days[i].toString());
        }
        return new LicenseTermsRequest(type, numbers[0], numbers[1], numbers[2], numbers[3]);
    }

    private static NewProduct create(List<PriceRequest> prices, LicenseTermsRequest terms) {
        return new ProductRequest("gestcom-pro", "GestCom Pro", null, "gestion", "5.2.0", null, prices, terms, null)
                .toNewProduct();
    }

    @Test
    void becomesANewHiddenProductWithDefaultTerms() {
        NewProduct product = create(List.of(price(150_000, "xof")), terms("permanent"));
        assertThat(product.sku().value()).isEqualTo("GESTCOM-PRO");
        assertThat(product.prices()).containsExactly(new Money(150_000, "XOF"));
        assertThat(product.published()).isFalse();
        assertThat(product.terms().type()).isEqualTo(LicenseType.PERMANENT);
        assertThat(product.terms().maxActivations()).isEqualTo(1);
        assertThat(product.terms().trialDays()).isZero();
        assertThat(product.terms().graceDays()).isEqualTo(7);
    }

    @Test
    void anUpdateMayLeaveSkuAndVisibilityOut() {
        ProductChanges changes =
                new ProductRequest(null, "GestCom", "", null, null, null, ONE_PRICE, SUBSCRIPTION, null).toChanges();
        assertThat(changes.sku()).isNull();
        assertThat(changes.published()).isNull();
    }

    @Test
    void nestedFailuresAreNamedByTheirPath() {
        assertThatThrownBy(() -> create(List.of(price(1, "EUR"), price(2, "BTC")), SUBSCRIPTION))
                .extracting("field")
                .isEqualTo("prices[1].currency");
        assertThatThrownBy(() -> create(List.of(price(-1, "EUR")), SUBSCRIPTION))
                .extracting("field")
                .isEqualTo("prices[0].amount");
        assertThatThrownBy(() -> create(List.of(price(null, "EUR")), SUBSCRIPTION))
                .extracting("field")
                .isEqualTo("prices[0].amount");
        assertThatThrownBy(() -> create(List.of(price(1, null)), SUBSCRIPTION))
                .extracting("field")
                .isEqualTo("prices[0].currency");
        assertThatThrownBy(() -> create(ONE_PRICE, terms("subscription", null, 1, 0, 7)))
                .extracting("field")
                .isEqualTo("license_terms.duration_days");
        assertThatThrownBy(() -> create(ONE_PRICE, terms(null, null, 1, 0, 7)))
                .extracting("field")
                .isEqualTo("license_terms.type");
    }

    @Test
    void numbersAreTakenAsSentNeverNarrowed() {
        assertThatThrownBy(() -> create(List.of(price(12.5, "EUR")), SUBSCRIPTION))
                .extracting("field", "message")
                .containsExactly("prices[0].amount", "prices[0].amount must be a whole number");
        assertThatThrownBy(() -> create(List.of(price(new BigDecimal("1E+30"), "XOF")), SUBSCRIPTION))
                .extracting("field")
                .isEqualTo("prices[0].amount");
        assertThatThrownBy(() -> create(ONE_PRICE, terms("subscription", 4_294_967_326L)))
                .extracting("field")
                .isEqualTo("license_terms.duration_days");
        assertThatThrownBy(() -> create(ONE_PRICE, terms("subscription", 365, 1.5)))
                .extracting("field")
                .isEqualTo("license_terms.max_activations");
        assertThat(create(List.of(price(new BigDecimal("1.50E+2"), "EUR")), terms("subscription", 365.0))
                        .prices())
                .containsExactly(new Money(150, "EUR"));
    }

    @Test
    void pricesAndTermsAreRequired() {
        assertThatThrownBy(() -> create(null, SUBSCRIPTION)).extracting("field").isEqualTo("prices");
        assertThatThrownBy(() -> create(List.of(), SUBSCRIPTION))
                .extracting("field")
                .isEqualTo("prices");
        assertThatThrownBy(() -> create(ONE_PRICE, null)).extracting("field").isEqualTo("license_terms");
    }
}
