package com.mastertrade.payment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an order stands. {@code pending} until its provider says; {@code paid} and {@code failed} after that,
 * {@code failed} → {@code paid} when a later attempt succeeds; {@code refunded} for good.
 */
public enum OrderStatus {
    PENDING,
    PAID,
    FAILED,
    REFUNDED;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OrderStatus fromApiName(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("No order status " + name));
    }

    public static Optional<OrderStatus> find(String name) {
        return Arrays.stream(values()).filter(s -> s.apiName().equals(name)).findFirst();
    }
}
