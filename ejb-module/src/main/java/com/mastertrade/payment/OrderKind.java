package com.mastertrade.payment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A first purchase of a product (a new licence), or the renewal of a licence the customer has. */
public enum OrderKind {
    PURCHASE,
    RENEWAL;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OrderKind fromApiName(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("No order kind " + name));
    }

    public static Optional<OrderKind> find(String name) {
        return Arrays.stream(values()).filter(k -> k.apiName().equals(name)).findFirst();
    }
}
