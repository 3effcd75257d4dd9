package com.mastertrade.demo;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A few WinDev products with prices in XOF, EUR and USD. Written as SQL because the catalogue feature
 * owns the product entity; this only fills the demo store's tables.
 */
@Stateless
public class DemoCatalog {

    private static final String[][] PRODUCTS = {
        {"GESTCOM-PRO", "GestCom Pro", "Gestion commerciale : devis, factures, stocks et clients.", "gestion",
            "5.2.0", "subscription", "365", "3", "14", "150000", "229", "249"},
        {"PAIE-FACILE", "PaieFacile", "Bulletins de paie et déclarations sociales pour PME.", "rh",
            "3.1.4", "subscription", "365", "2", "30", "95000", "145", "159"},
        {"CAISSE-EXPRESS", "Caisse Express", "Logiciel de caisse pour boutiques et restaurants.", "vente",
            "2.0.1", "permanent", null, "1", "0", "250000", "381", "415"},
    };

    @PersistenceContext
    EntityManager em;

    public void seedIfEmpty() {
        if (((Number) em.createNativeQuery("SELECT count(*) FROM products").getSingleResult()).longValue() > 0) {
            return;
        }
        for (String[] p : PRODUCTS) {
            Number id = (Number) em.createNativeQuery("INSERT INTO products (sku, name, description, category, "
                    + "version, license_type, license_duration_days, max_activations, trial_days, published) "
                    + "VALUES (?, ?, ?, ?, ?, ?, CAST(? AS integer), CAST(? AS integer), CAST(? AS integer), TRUE) "
                    + "RETURNING id")
                    .setParameter(1, p[0]).setParameter(2, p[1]).setParameter(3, p[2]).setParameter(4, p[3])
                    .setParameter(5, p[4]).setParameter(6, p[5]).setParameter(7, p[6]).setParameter(8, p[7])
                    .setParameter(9, p[8])
                    .getSingleResult();
            String[] currencies = {"XOF", "EUR", "USD"};
            for (int i = 0; i < currencies.length; i++) {
                long amount = Long.parseLong(p[9 + i]) * ("XOF".equals(currencies[i]) ? 1 : 100);
                em.createNativeQuery("INSERT INTO product_prices (product_id, currency, amount) VALUES (?, ?, ?)")
                        .setParameter(1, id.longValue()).setParameter(2, currencies[i]).setParameter(3, amount)
                        .executeUpdate();
            }
        }
    }
}
