package com.mastertrade.catalog;

import com.mastertrade.shared.Money;
import java.util.List;
import java.util.Objects;

/**
 * A product's new description, prices and terms, replacing the old ones. The sku, if given, must be the
 * product's own: WinDev programs send it, so it never changes. {@code published} null leaves visibility as it is.
 */
public record ProductChanges(
        Sku sku, ProductDescription description, List<Money> prices, LicenseTerms terms, Boolean published) {

    public ProductChanges {
        Objects.requireNonNull(description, "Description is required.");
        Objects.requireNonNull(terms, "Licence terms are required.");
        prices = prices == null ? List.of() : List.copyOf(prices);
    }
}
