package com.mastertrade.web.catalog;

import com.mastertrade.catalog.CatalogEntry;
import com.mastertrade.catalog.StoreCatalog;
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
    StoreCatalog catalog;

    /** One line of the table. */
    public record Row(String sku, String name, String terms, String prices) {}

    public List<Row> getRows() {
        return catalog.published().stream().map(PricingPage::row).toList();
    }

    private static Row row(CatalogEntry product) {
        return new Row(
                product.sku(),
                product.name(),
                terms(product.durationDays(), product.maxActivations()),
                product.prices().stream()
                        .map(price -> price.format(Pages.locale()))
                        .collect(Collectors.joining(" · ")));
    }

    private static String terms(Integer durationDays, int maxActivations) {
        String length =
                durationDays == null ? Pages.text("pricing.lifetime") : Pages.text("pricing.days", durationDays);
        return length + " · " + Pages.text("pricing.devices", maxActivations);
    }
}
