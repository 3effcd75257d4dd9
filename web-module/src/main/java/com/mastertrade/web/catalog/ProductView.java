package com.mastertrade.web.catalog;

import com.mastertrade.catalog.LicenseTerms;
import com.mastertrade.catalog.Product;
import com.mastertrade.shared.Money;
import java.time.Instant;
import java.util.List;

/**
 * A product as the API shows it. {@code price} is in the currency asked for, else the first of XOF, EUR and USD
 * the product has; {@code prices} lists them all. Size, checksum and changelog describe the current installer.
 */
public record ProductView(
        long id,
        String sku,
        String name,
        String description,
        String category,
        String version,
        String thumbnailUrl,
        Money price,
        List<Money> prices,
        Long size,
        String checksum,
        String changelog,
        LicenseTermsView licenseTerms,
        boolean published,
        Instant createdAt,
        Instant updatedAt) {

    /** The terms of the licence a buyer receives. */
    public record LicenseTermsView(
            String type, Integer durationDays, int maxActivations, int trialDays, int graceDays) {

        static LicenseTermsView of(LicenseTerms terms) {
            return new LicenseTermsView(
                    terms.type().apiName(),
                    terms.durationDays(),
                    terms.maxActivations(),
                    terms.trialDays(),
                    terms.graceDays());
        }
    }

    static ProductView of(Product product, String currency) {
        return new ProductView(
                product.id(),
                product.sku(),
                product.name(),
                product.description(),
                product.category(),
                product.version(),
                product.thumbnailUrl(),
                product.displayPrice(currency),
                product.prices(),
                product.sizeBytes(),
                product.checksum(),
                product.changelog(),
                LicenseTermsView.of(product.terms()),
                product.isPublished(),
                product.createdAt(),
                product.updatedAt());
    }
}
