package com.mastertrade.payment;

import com.mastertrade.shared.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The payment service providers a store can enable, by the name used in URLs, settings and the database. */
public enum PaymentProvider {
    STRIPE,
    PAYPAL,
    FLUTTERWAVE,
    ORANGEMONEY,
    SANDBOX;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PaymentProvider fromApiName(String name) {
        return find(name)
                .orElseThrow(() -> new InvalidInputException(
                        "provider",
                        "provider is one of "
                                + Arrays.stream(values())
                                        .map(PaymentProvider::apiName)
                                        .toList()));
    }

    public static Optional<PaymentProvider> find(String name) {
        return Arrays.stream(values()).filter(p -> p.apiName().equals(name)).findFirst();
    }
}
