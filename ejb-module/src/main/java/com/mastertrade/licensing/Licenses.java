package com.mastertrade.licensing;

import com.mastertrade.catalog.LicenseTerms;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;

/**
 * Licences of the current store. Every change of activations locks the licence row first
 * ({@code SELECT ... FOR UPDATE}), so concurrent devices are counted one after the other and never exceed
 * {@code max_activations}; the database's check constraint and unique index stand behind it.
 */
@Stateless
public class Licenses {

    @PersistenceContext
    EntityManager em;

    @Inject
    LicenseKeyIndex index;

    @Inject
    Clock clock;

    /** A new licence on the product's terms, registered in the key index in the same transaction. */
    public License issue(long productId, Long userId, LicenseTerms terms) {
        License license = License.issue(LicenseKey.generate(), productId, userId, terms, clock.instant());
        em.persist(license);
        index.register(license.key());
        em.flush();
        return license;
    }

    public LicenseCheck validate(LicenseKey key, DeviceId device, DeviceInfo info, String appVersion) {
        return locked(key)
                .map(license -> LicenseCheck.of(license.validateOn(device, info, appVersion, clock.instant()), license))
                .orElseGet(LicenseCheck::notFound);
    }

    /** Takes a slot for the device (or finds its slot); refused with the licence API's code otherwise. */
    public LicenseCheck activate(LicenseKey key, DeviceId device, DeviceInfo info) {
        License license = locked(key).orElseThrow(() -> new LicenseRefusedException(ValidityCode.NOT_FOUND));
        license.activate(device, info, clock.instant());
        return LicenseCheck.of(license.validityAt(clock.instant()), license);
    }

    /** Frees the device's slot; a device without one changes nothing. */
    public LicenseCheck deactivate(LicenseKey key, DeviceId device) {
        License license = locked(key).orElseThrow(() -> new LicenseRefusedException(ValidityCode.NOT_FOUND));
        license.deactivate(device, clock.instant());
        return LicenseCheck.of(license.validityAt(clock.instant()), license);
    }

    private Optional<License> locked(LicenseKey key) {
        return em.createNamedQuery("License.byKey", License.class)
                .setParameter("key", key.value())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }
}
