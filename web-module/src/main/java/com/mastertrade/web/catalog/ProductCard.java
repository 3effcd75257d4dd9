package com.mastertrade.web.catalog;

import com.mastertrade.catalog.CatalogEntry;
import java.util.Locale;

/** A product as the catalogue's grid shows it; every text is escaped by the page. */
public record ProductCard(String sku, String name, String category, String summary, String version, String price) {

    static ProductCard of(CatalogEntry product, Locale locale) {
        return new ProductCard(
                product.sku(),
                product.name(),
                product.category(),
                StoreShelf.summary(product.description()),
                product.version(),
                product.displayPrice().format(locale));
    }
}
