package com.mastertrade.tenancy;

import com.mastertrade.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Absolute addresses inside the current store, for links that leave the request (e-mails, providers' return
 * and webhook addresses): the platform's public address ({@code MT_PUBLIC_URL}) and the store's
 * {@code /t/<slug>} prefix, which every store answers to whatever its own domains.
 */
@ApplicationScoped
public class StoreUrls {

    @Inject
    @ConfigProperty(name = "mt.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** {@code pathAndQuery} (starting with {@code /}, already encoded) inside the current store. */
    public URI of(String pathAndQuery) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return URI.create(base + "/t/" + TenantContext.require().slug() + pathAndQuery);
    }
}
