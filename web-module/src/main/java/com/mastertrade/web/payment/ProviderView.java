package com.mastertrade.web.payment;

import com.mastertrade.payment.ProviderState;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * A payment provider as the store's administrators see it: enabled, available on this platform, the names of
 * the credentials set (never their values) and the webhook address to register at the provider.
 */
public record ProviderView(
        String provider,
        boolean enabled,
        boolean available,
        List<String> credentialsSet,
        URI webhookUrl,
        Instant updatedAt) {

    static ProviderView of(ProviderState state, URI webhookUrl) {
        return new ProviderView(
                state.provider().apiName(),
                state.enabled(),
                state.available(),
                state.credentialNames(),
                webhookUrl,
                state.updatedAt());
    }
}
