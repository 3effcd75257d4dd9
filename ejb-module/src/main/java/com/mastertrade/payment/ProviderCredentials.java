package com.mastertrade.payment;

import com.mastertrade.shared.ConflictException;
import java.util.Map;
import java.util.Optional;

/** A store's credentials at one provider, decrypted for the duration of a call; never written to a log. */
public record ProviderCredentials(PaymentProvider provider, Map<String, String> values) {

    public ProviderCredentials {
        values = Map.copyOf(values);
    }

    /** A credential the store must have set, else 409 {@code PROVIDER_NOT_CONFIGURED}. */
    public String require(String name) {
        return find(name)
                .orElseThrow(() -> new ConflictException(
                        "PROVIDER_NOT_CONFIGURED",
                        "The " + provider.apiName() + " credential " + name + " is not set"));
    }

    public Optional<String> find(String name) {
        return Optional.ofNullable(values.get(name)).filter(v -> !v.isBlank());
    }

    @Override
    public String toString() {
        return "ProviderCredentials[" + provider.apiName() + ", " + values.keySet() + "]";
    }
}
