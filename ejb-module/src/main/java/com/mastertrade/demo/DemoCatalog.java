package com.mastertrade.demo;

import com.mastertrade.catalog.LicenseTerms;
import com.mastertrade.catalog.LicenseType;
import com.mastertrade.catalog.NewProduct;
import com.mastertrade.catalog.ProductDescription;
import com.mastertrade.catalog.Products;
import com.mastertrade.catalog.Sku;
import com.mastertrade.shared.Actor;
import com.mastertrade.shared.Money;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** A few WinDev products with prices in XOF, EUR and USD, created through the catalogue like a reseller would. */
@Stateless
public class DemoCatalog {

    @Inject
    Products products;

    @Inject
    DemoReleases releases;

    /**
     * Creates the demo products the store does not have yet, each with an installer release; those it has are
     * left as the demo admin made them.
     */
    public void seed() {
        List<NewProduct> demo = demoProducts();
        for (NewProduct product : demo) {
            if (products.find(product.sku().value()).isEmpty()) {
                products.create(product, Actor.SYSTEM);
            }
        }
        releases.seed(demo.stream().map(product -> product.sku().value()).toList());
    }

    // Built anew for each seeding: an entity must not share its embedded terms with another one.
    private static List<NewProduct> demoProducts() {
        return List.of(
                product(
                        "GESTCOM-PRO",
                        "GestCom Pro",
                        "Gestion commerciale : devis, factures, stocks et clients.",
                        "gestion",
                        "5.2.0",
                        new LicenseTerms(LicenseType.SUBSCRIPTION, 365, 3, 14, 7),
                        150_000,
                        22_900,
                        24_900),
                product(
                        "PAIE-FACILE",
                        "PaieFacile",
                        "Bulletins de paie et déclarations sociales pour PME.",
                        "rh",
                        "3.1.4",
                        new LicenseTerms(LicenseType.SUBSCRIPTION, 365, 2, 30, 7),
                        95_000,
                        14_500,
                        15_900),
                product(
                        "CAISSE-EXPRESS",
                        "Caisse Express",
                        "Logiciel de caisse pour boutiques et restaurants.",
                        "vente",
                        "2.0.1",
                        new LicenseTerms(LicenseType.PERMANENT, null, 1, 0, 7),
                        250_000,
                        38_100,
                        41_500));
    }

    private static NewProduct product(
            String sku,
            String name,
            String description,
            String category,
            String version,
            LicenseTerms terms,
            long xof,
            long eurCents,
            long usdCents) {
        return new NewProduct(
                new Sku(sku),
                new ProductDescription(name, description, category, version),
                List.of(new Money(xof, "XOF"), new Money(eurCents, "EUR"), new Money(usdCents, "USD")),
                terms,
                true);
    }
}
