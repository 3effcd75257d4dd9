package com.mastertrade.web.catalog;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.mastertrade.catalog.CatalogEntry;
import com.mastertrade.catalog.StoreCatalog;
import com.mastertrade.identity.Users;
import com.mastertrade.licensing.LicenseLifecycle;
import com.mastertrade.shared.MastertradeException;
import com.mastertrade.web.identity.CustomerSessions;
import com.mastertrade.web.identity.SignedInCustomer;
import com.mastertrade.web.pages.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
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
    StoreCatalog catalog;

    @Inject
    LicenseLifecycle lifecycle;

    @Inject
    CustomerSessions customers;

    @Inject
    Users users;

    private CatalogEntry product;

    /** {@code f:viewAction}: "page not found" for an unknown or unpublished SKU. */
    public void load() {
        if (getProduct() == null) {
            Pages.notFound();
        }
    }

    /** The product of the address, read when the page first needs it (a post-back decodes before the view action). */
    public CatalogEntry getProduct() {
        if (product == null) {
            product = catalog.bySku(Pages.parameter(Pages.request(), "sku").orElse(""))
                    .orElse(null);
        }
        return product;
    }

    public String getPrice() {
        return getProduct().displayPrice().format(Pages.locale());
    }

    /** Every price of the product, when it is sold in more than one currency. */
    public List<String> getOtherPrices() {
        return getProduct().prices().stream()
                .filter(price -> !price.equals(getProduct().displayPrice()))
                .map(price -> price.format(Pages.locale()))
                .toList();
    }

    public List<String> getParagraphs() {
        return Pages.paragraphs(getProduct().description());
    }

    public String getSize() {
        return Pages.size(getProduct().sizeBytes());
    }

    public int getTrialDays() {
        return getProduct().trialDays();
    }

    /** Starts the signed-in customer's trial (one per mailbox and product), then shows the licence. */
    public String startTrial() {
        Optional<SignedInCustomer> customer = customers.current(Pages.request());
        if (customer.isEmpty()) {
            Pages.redirect("/login?next=" + URLEncoder.encode(String.valueOf(Pages.address()), UTF_8));
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
