package com.mastertrade.catalog;

import com.mastertrade.shared.Money;
import java.util.List;
import java.util.Objects;

/** A product as an administrator creates it; {@code published} shows it to customers at once. */
public record NewProduct(
        Sku sku, ProductDescription description, List<Money> prices, LicenseTerms terms, boolean published) {

    public NewProduct {
        Objects.requireNonNull(sku, "Sku is required.");
        Objects.requireNonNull(description, "Description is required.");
        Objects.requireNonNull(terms, "Licence terms are required.");
        prices = prices == null ? List.of() : List.copyOf(prices);
    }
}
