package com.mastertrade.web.tenancy;

import com.mastertrade.shared.tenant.TenantRef;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides which tenant a request is for, in the order of the architecture: the host (a tenant's domain
 * or {@code <slug>.<base domain>}), then a {@code /t/<slug>} path prefix, then the {@code X-Tenant} header.
 * The first source that names a tenant wins; a later source that names another one is a mismatch.
 */
public final class TenantResolution {

    private final Function<String, Optional<TenantRef>> byHost;
    private final Function<String, Optional<TenantRef>> bySlug;

    public TenantResolution(
            Function<String, Optional<TenantRef>> byHost, Function<String, Optional<TenantRef>> bySlug) {
        this.byHost = byHost;
        this.bySlug = bySlug;
    }

    public Outcome resolve(String host, String path, String header) {
        String prefixSlug = null;
        String innerPath = path;
        if (path.startsWith("/t/")) {
            int end = path.indexOf('/', 3);
            prefixSlug = end < 0 ? path.substring(3) : path.substring(3, end);
            innerPath = end < 0 ? "/" : path.substring(end);
        }
        Optional<TenantRef> fromHost = byHost.apply(host);
        TenantRef tenant = fromHost.orElse(null);
        for (String named : new String[] {prefixSlug, header}) {
            if (named == null || named.isEmpty()) {
                continue;
            }
            if (tenant == null) {
                Optional<TenantRef> found = bySlug.apply(named);
                if (found.isEmpty()) {
                    return new Outcome.Unknown(named);
                }
                tenant = found.get();
            } else if (!tenant.slug().value().equals(named)) {
                return new Outcome.Mismatch(tenant.slug().value(), named);
            }
        }
        if (tenant == null) {
            return new Outcome.None();
        }
        return new Outcome.Found(tenant, prefixSlug == null ? null : innerPath);
    }

    /** What a request names. */
    public sealed interface Outcome {
        /** A tenant; {@code forwardPath} is the path inside the store when it came as a /t/ prefix. */
        record Found(TenantRef tenant, String forwardPath) implements Outcome {}

        /** No tenant named at all. */
        record None() implements Outcome {}

        /** A slug that is no tenant. */
        record Unknown(String slug) implements Outcome {}

        /** Two sources name two different tenants. */
        record Mismatch(String first, String second) implements Outcome {}
    }
}
