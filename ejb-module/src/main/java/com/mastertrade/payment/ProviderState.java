package com.mastertrade.payment;

import java.time.Instant;
import java.util.List;

/**
 * A provider as a store's staff see it: enabled or not, the names of the credentials set (never their
 * values), and whether this platform has the provider's gateway at all.
 */
public record ProviderState(
        PaymentProvider provider, boolean enabled, List<String> credentialNames, boolean available, Instant updatedAt) {

    public ProviderState {
        credentialNames = List.copyOf(credentialNames);
    }
}
