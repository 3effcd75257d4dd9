package com.mastertrade.web.catalog;

import com.mastertrade.catalog.Product;
import com.mastertrade.catalog.Products;
import com.mastertrade.licensing.LicenseLifecycle;
import com.mastertrade.shared.MastertradeException;
import com.mastertrade.shared.NotFoundException;
import com.mastertrade.web.identity.CustomerSessions;
import com.mastertrade.web.identity.SignedInCustomer;
import com.mastertrade.web.pages.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * {@code /products/{sku}}: a product's description, version, size, checksum and changelog, its price in the
 * visitor's language, and its buy and trial buttons. An unknown or unpublished SKU is "page not found".
 */
@Named
@RequestScoped
public class ProductPage {

    @Inject
    Products products;

    @Inject
    LicenseLifecycle lifecycle;

    @Inject
    CustomerSessions customers;

    @Inject
    com.mastertrade.identity.Users users;

    private Product product;

    /** {@code f:viewAction}. */
    public void load() {
        try {
            product = products.getPublished(
                    Pages.parameter(Pages.request(), "sku").orElse(""));
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    public Product getProduct() {
        return product;
    }

    public String getPrice() {
        return getProduct().displayPrice(null).format(Pages.locale());
    }

    /** Every price of the product, when it is sold in more than one currency. */
    public List<String> getOtherPrices() {
        return getProduct().prices().stream()
                .filter(price -> !price.equals(getProduct().displayPrice(null)))
                .map(price -> price.format(Pages.locale()))
                .toList();
    }

    public List<String> getParagraphs() {
        return getProduct().description() == null
                ? List.of()
                : List.of(getProduct().description().strip().split("\\R\\s*\\R"));
    }

    public String getSize() {
        return Pages.size(getProduct().sizeBytes());
    }

    public int getTrialDays() {
        return getProduct().terms().trialDays();
    }

    /** Starts the signed-in customer's trial (one per mailbox and product), then shows the licence. */
    public String startTrial() {
        Optional<SignedInCustomer> customer = customers.current(Pages.request());
        if (customer.isEmpty()) {
            Pages.redirect("/login?next=" + Pages.request().getAttribute(Pages.ADDRESS));
            return null;
        }
        try {
            String email = users.get(customer.get().userId()).email();
            long id = lifecycle
                    .startTrial(getProduct().id(), customer.get().userId(), email)
                    .id();
            Pages.redirect("/licenses/" + id);
        } catch (MastertradeException refusal) {
            Pages.refused(refusal);
        }
        return null;
    }
}
