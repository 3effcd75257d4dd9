package com.mastertrade.payment;

import java.util.Objects;

/**
 * What a customer orders: a product (its price comes from the catalogue, never from the client), in a currency
 * (the product's display currency when null), through a provider; or, with {@code renewsLicenseId}, the renewal
 * of one of their licences (the product is the licence's).
 */
public record NewOrder(Long productId, PaymentProvider provider, String currency, Long renewsLicenseId) {

    public NewOrder {
        Objects.requireNonNull(provider, "Provider is required.");
    }
}
