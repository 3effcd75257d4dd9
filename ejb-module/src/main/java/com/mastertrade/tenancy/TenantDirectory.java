package com.mastertrade.tenancy;

import com.mastertrade.shared.TimedCache;
import com.mastertrade.shared.tenant.TenantRef;
import com.mastertrade.shared.tenant.TenantSlug;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finds the tenant of a request (by slug or host) without a database round trip on every request.
 * Entries, including "no such tenant", live {@value #TTL_SECONDS} seconds; a change made on this node
 * (suspend, resume) is seen at once, a change made on another node within that time.
 */
@ApplicationScoped
public class TenantDirectory {

    static final long TTL_SECONDS = 10;
    private static final int MAX_ENTRIES = 10_000;

    private final TimedCache<String, Optional<TenantRef>> entries =
            new TimedCache<>(Duration.ofSeconds(TTL_SECONDS), MAX_ENTRIES);

    @Inject
    TenantRegistry registry;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "mt.base-domain", defaultValue = "localhost")
    String baseDomain;

    public Optional<TenantRef> bySlug(String slug) {
        TenantSlug parsed = TenantSlug.parseOrNull(slug);
        if (parsed == null) {
            return Optional.empty();
        }
        return cached("slug:" + parsed.value(), () -> registry.find(parsed).map(Tenant::toRef));
    }

    /** A tenant by its id, as the licence key index names it. */
    public Optional<TenantRef> byId(long id) {
        return cached("id:" + id, () -> registry.findById(id).map(Tenant::toRef));
    }

    /** A store's own domain (lower case); names without a dot are never one. */
    public Optional<TenantRef> byDomain(String name) {
        if (name == null || !name.contains(".")) {
            return Optional.empty();
        }
        return cached("host:" + name, () -> registry.findByDomain(name).map(Tenant::toRef));
    }

    /** Stores also answer at {@code <slug>.<base domain>} ({@code mt.base-domain}). */
    public String baseDomain() {
        return baseDomain.toLowerCase(Locale.ROOT);
    }

    /** Drops what this node knows of a tenant once a change to it is committed here. */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) TenantChanged change) {
        TenantRef tenant = change.tenant();
        entries.forgetIf(known -> known.map(t -> t.id() == tenant.id()).orElse(false));
        entries.forget("slug:" + tenant.slug().value());
    }

    private Optional<TenantRef> cached(String key, Supplier<Optional<TenantRef>> lookup) {
        return entries.get(key, clock.instant(), lookup);
    }
}
