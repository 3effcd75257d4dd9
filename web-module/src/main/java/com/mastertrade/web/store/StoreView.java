package com.mastertrade.web.store;

import com.mastertrade.shared.tenant.TenantRef;
import com.mastertrade.tenancy.StoreBranding;
import java.util.Map;
import java.util.TreeMap;

/** {@code GET /api/store}: the store's name and look, as its pages show them. */
public record StoreView(String slug, String name, Map<String, String> branding) {

    static StoreView of(TenantRef store, StoreBranding branding) {
        return new StoreView(store.slug().value(), store.name(), new TreeMap<>(branding.values()));
    }
}
