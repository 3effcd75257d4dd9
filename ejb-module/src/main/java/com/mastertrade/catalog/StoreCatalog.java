package com.mastertrade.catalog;

import com.mastertrade.shared.Page;
import com.mastertrade.shared.PageRequest;
import com.mastertrade.shared.TimedCache;
import com.mastertrade.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Each store's published products, read from the database once and kept {@value #TTL_SECONDS} seconds for its
 * pages: the catalogue, a product's page, the pricing table and the home shelf search and page through this
 * snapshot in memory. A change made on this node ({@link CatalogChanged}) is seen at once, one made on another
 * node within that time. Stores sell tens of products, not thousands.
 */
@ApplicationScoped
public class StoreCatalog {

    static final long TTL_SECONDS = 10;
    private static final int MAX_STORES = 10_000;

    private final TimedCache<Long, List<CatalogEntry>> shelves =
            new TimedCache<>(Duration.ofSeconds(TTL_SECONDS), MAX_STORES);

    @Inject
    Products products;

    @Inject
    Clock clock;

    /** The store's published products by name. */
    public List<CatalogEntry> published() {
        return shelves.get(TenantContext.require().id(), clock.instant(), this::load);
    }

    /** One page of the products in a category (any case) whose name or sku holds the text; both optional. */
    public Page<CatalogEntry> page(PageRequest request, String category, String search) {
        String wanted = blankless(category);
        String text = blankless(search);
        List<CatalogEntry> found = published().stream()
                .filter(entry -> entry.matches(wanted, text))
                .toList();
        int from = Math.min(request.offset(), found.size());
        int to = Math.min(from + request.size(), found.size());
        return Page.of(found.subList(from, to), request, found.size());
    }

    public Optional<CatalogEntry> bySku(String sku) {
        return published().stream().filter(entry -> entry.sku().equals(sku)).findFirst();
    }

    /** The categories that have a published product, sorted. */
    public List<String> categories() {
        return published().stream()
                .map(CatalogEntry::category)
                .filter(category -> category != null && !category.isBlank())
                .distinct()
                .sorted()
                .toList();
    }

    private List<CatalogEntry> load() {
        List<CatalogEntry> entries = new ArrayList<>();
        for (int page = 1; ; page++) {
            Page<Product> batch = products.page(new PageRequest(page, PageRequest.MAX_SIZE), null, null);
            batch.items().stream().map(CatalogEntry::of).forEach(entries::add);
            if ((long) page * PageRequest.MAX_SIZE >= batch.total()) {
                return List.copyOf(entries);
            }
        }
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change) {
        shelves.forget(change.storeId());
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
