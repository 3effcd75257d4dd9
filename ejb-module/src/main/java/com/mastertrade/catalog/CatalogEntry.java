package com.mastertrade.catalog;

import com.mastertrade.shared.Money;
import java.util.List;
import java.util.Locale;

/** A published product as the store's pages show it: a snapshot shared by every visitor ({@link StoreCatalog}). */
public record CatalogEntry(
        long id,
        String sku,
        String name,
        String category,
        String description,
        String version,
        Long sizeBytes,
        String checksum,
        String changelog,
        List<Money> prices,
        int maxActivations,
        Integer durationDays,
        int trialDays) {

    public CatalogEntry {
        prices = List.copyOf(prices);
    }

    static CatalogEntry of(Product product) {
        LicenseTerms terms = product.terms();
        return new CatalogEntry(
                product.id(),
                product.sku(),
                product.name(),
                product.category(),
                product.description(),
                product.version(),
                product.sizeBytes(),
                product.checksum(),
                product.changelog(),
                product.prices(),
                terms.maxActivations(),
                terms.durationDays(),
                terms.trialDays());
    }

    /** The price to show first: XOF, else EUR, else USD, else the first ({@link Product#displayPrice}). */
    public Money displayPrice() {
        return Product.displayPrice(prices, null);
    }

    /** What {@code GET /api/products?category=&q=} would keep: the category in any case, the text in name or sku. */
    boolean matches(String wantedCategory, String search) {
        boolean inCategory = wantedCategory == null
                || (category != null
                        && category.toLowerCase(Locale.ROOT).equals(wantedCategory.toLowerCase(Locale.ROOT)));
        boolean found = search == null
                || name.toLowerCase(Locale.ROOT).contains(search.toLowerCase(Locale.ROOT))
                || sku.contains(search.toUpperCase(Locale.ROOT));
        return inCategory && found;
    }
}
