package com.mastertrade.tenancy;

import com.mastertrade.shared.tenant.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Each store's branding for its pages, read once and kept {@value #TTL_SECONDS} seconds (a change made on this
 * node is seen at once), so a page costs no query for it.
 */
@ApplicationScoped
public class StoreBrandings {

    static final long TTL_SECONDS = 30;

    private final ConcurrentMap<Long, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    TenantRegistry registry;

    @Inject
    Clock clock;

    public StoreBranding of(TenantRef store) {
        Instant now = clock.instant();
        Entry entry = entries.get(store.id());
        if (entry != null && entry.expires().isAfter(now)) {
            return entry.branding();
        }
        StoreBranding branding = registry.findById(store.id())
                .map(tenant -> StoreBranding.fromJson(tenant.brandingJson()))
                .orElse(StoreBranding.NONE);
        entries.put(store.id(), new Entry(branding, now.plus(Duration.ofSeconds(TTL_SECONDS))));
        return branding;
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) TenantChanged change) {
        entries.remove(change.tenant().id());
    }

    private record Entry(StoreBranding branding, Instant expires) {}
}
