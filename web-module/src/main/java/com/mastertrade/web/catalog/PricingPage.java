package com.mastertrade.web.catalog;

import com.mastertrade.catalog.LicenseTerms;
import com.mastertrade.catalog.Product;
import com.mastertrade.catalog.Products;
import com.mastertrade.shared.PageRequest;
import com.mastertrade.web.pages.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;

/** {@code /pricing}: every published product with its licence terms and its prices in each currency. */
@Named
@RequestScoped
public class PricingPage {

    @Inject
    Products products;

    /** One line of the table. */
    public record Row(String sku, String name, String terms, String prices) {}

    public List<Row> getRows() {
        return products.page(new PageRequest(1, PageRequest.MAX_SIZE), null, null).items().stream()
                .map(PricingPage::row)
                .toList();
    }

    private static Row row(Product product) {
        return new Row(
                product.sku(),
                product.name(),
                terms(product.terms()),
                product.prices().stream()
                        .map(price -> price.format(Pages.locale()))
                        .collect(Collectors.joining(" · ")));
    }

    private static String terms(LicenseTerms terms) {
        String length = terms.durationDays() == null
                ? Pages.text("pricing.lifetime")
                : Pages.text("pricing.days", terms.durationDays());
        return length + " · " + Pages.text("pricing.devices", terms.maxActivations());
    }
}
