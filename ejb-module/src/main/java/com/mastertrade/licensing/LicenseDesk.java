package com.mastertrade.licensing;

import com.mastertrade.shared.ForbiddenException;
import com.mastertrade.tenancy.TenantContext;
import com.mastertrade.tenancy.TenantDirectory;
import com.mastertrade.tenancy.TenantRef;
import com.mastertrade.tenancy.TenantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the licence API starts: it finds the store of a key through the platform index (one WinDev build
 * serves every reseller's customers), checks that it agrees with the store the request named, if any, and
 * runs the work in that store. A malformed key, an unknown key and a key of another store than the one named
 * all look the same: not found.
 */
@ApplicationScoped
public class LicenseDesk {

    @Inject
    LicenseKeyIndex index;

    @Inject
    TenantDirectory tenants;

    /** The key and its store, or empty when the key names no licence this request may reach. */
    public Optional<Located> locate(String rawKey) {
        Optional<LicenseKey> key = LicenseKey.parse(rawKey);
        Optional<TenantRef> store = key.flatMap(index::tenantOf).flatMap(tenants::byId);
        Optional<TenantRef> named = TenantContext.current();
        if (store.isEmpty() || named.isPresent() && named.get().id() != store.get().id()) {
            return Optional.empty();
        }
        return Optional.of(new Located(key.get(), store.get()));
    }

    /** Runs the work in the key's store; a suspended store answers 403 {@code TENANT_SUSPENDED}. */
    public <T> T inStore(Located located, Function<LicenseKey, T> work) {
        if (located.store().status() == TenantStatus.SUSPENDED) {
            throw new ForbiddenException("TENANT_SUSPENDED", "This store is suspended");
        }
        return TenantContext.call(located.store(), () -> work.apply(located.key()));
    }

    /** A well-formed key and the store it belongs to. */
    public record Located(LicenseKey key, TenantRef store) {
    }
}
