package com.mastertrade.tenancy;

import com.mastertrade.shared.TimedCache;
import com.mastertrade.shared.tenant.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;

/**
 * Each store's branding for its pages, read once and kept {@value #TTL_SECONDS} seconds (a change made on this
 * node is seen at once), so a page costs no query for it.
 */
@ApplicationScoped
public class StoreBrandings {

    static final long TTL_SECONDS = 30;
    private static final int MAX_STORES = 10_000;

    private final TimedCache<Long, StoreBranding> entries =
            new TimedCache<>(Duration.ofSeconds(TTL_SECONDS), MAX_STORES);

    @Inject
    TenantRegistry registry;

    @Inject
    Clock clock;

    public StoreBranding of(TenantRef store) {
        return entries.get(
                store.id(),
                clock.instant(),
                () -> registry.findById(store.id())
                        .map(tenant -> StoreBranding.fromJson(tenant.brandingJson()))
                        .orElse(StoreBranding.NONE));
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) TenantChanged change) {
        entries.forget(change.tenant().id());
    }
}
