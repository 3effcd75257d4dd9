package com.mastertrade.licensing;

import com.mastertrade.shared.ForbiddenException;
import com.mastertrade.shared.tenant.TenantContext;
import com.mastertrade.shared.tenant.TenantRef;
import com.mastertrade.shared.tenant.TenantStatus;
import com.mastertrade.tenancy.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Where the licence API starts: it finds the store of a key through the platform index (one WinDev build
 * serves every reseller's customers), checks that it agrees with the store the request named, if any, and
 * runs the work in that store. A malformed key, an unknown key and a key of another store than the one named
 * all look the same: not found.
 *
 * <p>Validations are most of the platform's traffic, so they avoid the transaction and the row lock unless a
 * slot must be taken: see {@link #validate}. A key never changes store, so the index is read once per key.
 */
@ApplicationScoped
public class LicenseDesk {

    /** Keys whose store this node remembers; past this many, it starts over (a few MB at most). */
    static final int REMEMBERED_KEYS = 200_000;

    private final Map<LicenseKey, Long> storeOfKey = new ConcurrentHashMap<>();

    @Inject
    LicenseReadings readings;

    @Inject
    LicenseCache cache;

    @Inject
    DeviceSlots deviceSlots;

    @Inject
    TenantDirectory tenants;

    @Inject
    Clock clock;

    /** The key and its store, or empty when the key names no licence this request may reach. */
    public Optional<Located> locate(String rawKey) {
        Optional<LicenseKey> key = LicenseKey.parse(rawKey);
        Optional<TenantRef> store = key.flatMap(this::storeOf).flatMap(tenants::byId);
        Optional<TenantRef> named = TenantContext.current();
        if (store.isEmpty()
                || (named.isPresent() && named.get().id() != store.get().id())) {
            return Optional.empty();
        }
        return Optional.of(new Located(key.get(), store.get()));
    }

    /** Runs the work in the key's store; a suspended store answers 403 {@code TENANT_SUSPENDED}. */
    public <T> T inStore(Located located, Function<LicenseKey, T> work) {
        requireOpen(located.store());
        return TenantContext.call(located.store(), () -> work.apply(located.key()));
    }

    /**
     * A validation from a device. One read without a lock (or none: {@link LicenseCache}) answers it when no
     * slot is to be taken, and writes the device's "last seen" only every few minutes; a device that needs a slot goes through the locked
     * {@link DeviceSlots#validate}, so that slots are still counted one after the other.
     */
    public LicenseCheck validate(
            Located located, DeviceId device, DeviceInfo info, String appVersion, Optional<String> productSku) {
        requireOpen(located.store());
        Instant now = clock.instant();
        Optional<LicenseOnDevice> found =
                cache.find(located.key(), device, () -> readings.find(located.store(), located.key(), device));
        if (found.isEmpty()) {
            return LicenseCheck.notFound();
        }
        Optional<LicenseCheck> answer = found.get().answer(productSku, now);
        if (answer.isEmpty()) {
            return inStore(located, key -> deviceSlots.validate(key, device, info, appVersion, productSku));
        }
        if (found.get().sightingDue(appVersion, now)) {
            readings.sighted(located.store(), found.get().activationId(), appVersion, now);
            cache.forget(located.key(), device);
        }
        return answer.get();
    }

    private Optional<Long> storeOf(LicenseKey key) {
        Long known = storeOfKey.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Long> store = readings.storeOf(key);
        store.ifPresent(id -> {
            if (storeOfKey.size() >= REMEMBERED_KEYS) {
                storeOfKey.clear();
            }
            storeOfKey.put(key, id);
        });
        return store;
    }

    private static void requireOpen(TenantRef store) {
        if (store.status() == TenantStatus.SUSPENDED) {
            throw new ForbiddenException("TENANT_SUSPENDED", "This store is suspended");
        }
    }

    /** A well-formed key and the store it belongs to. */
    public record Located(LicenseKey key, TenantRef store) {}
}
