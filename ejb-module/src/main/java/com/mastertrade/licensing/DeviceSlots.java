package com.mastertrade.licensing;

import com.mastertrade.audit.AuditTrail;
import com.mastertrade.catalog.Products;
import com.mastertrade.identity.Caller;
import com.mastertrade.shared.Actor;
import com.mastertrade.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The devices' side of a licence: a program validates, activates, deactivates and beats its heart (the licence
 * API, through {@link LicenseDesk}); the owner or support lists the devices holding a slot and frees a dead PC's.
 * Every call that may change a slot works on the licence locked by {@link Licenses#lockedForChange}.
 */
@Stateless
public class DeviceSlots {

    @PersistenceContext
    EntityManager em;

    @Inject
    Licenses licenses;

    @Inject
    AuditTrail audit;

    @Inject
    Products products;

    @Inject
    Clock clock;

    /**
     * A validation from a device. When the program names its product (SKU), a licence of another product is
     * {@code PRODUCT_MISMATCH} and takes no slot.
     */
    public LicenseCheck validate(
            LicenseKey key, DeviceId device, DeviceInfo info, String appVersion, Optional<String> productSku) {
        return licenses.lockedForChange(key)
                .map(license -> {
                    String sku = products.get(license.productId()).sku();
                    if (isOtherProduct(productSku, sku)) {
                        return LicenseCheck.of(ValidityCode.PRODUCT_MISMATCH, license, sku);
                    }
                    return LicenseCheck.of(license.validateOn(device, info, appVersion, clock.instant()), license, sku);
                })
                .orElseGet(LicenseCheck::notFound);
    }

    /**
     * Takes a slot for the device (or finds its slot); refused with the licence API's code otherwise, including
     * {@code PRODUCT_MISMATCH} when the program names another product.
     */
    public LicenseCheck activate(LicenseKey key, DeviceId device, DeviceInfo info, Optional<String> productSku) {
        License license =
                licenses.lockedForChange(key).orElseThrow(() -> new LicenseRefusedException(ValidityCode.NOT_FOUND));
        String sku = products.get(license.productId()).sku();
        if (isOtherProduct(productSku, sku)) {
            throw new LicenseRefusedException(ValidityCode.PRODUCT_MISMATCH);
        }
        license.activate(device, info, clock.instant());
        return LicenseCheck.of(license.validityAt(clock.instant()), license, sku);
    }

    /** Frees the device's slot; a device without one changes nothing. Either way the device may no longer run. */
    public LicenseCheck deactivate(LicenseKey key, DeviceId device) {
        License license =
                licenses.lockedForChange(key).orElseThrow(() -> new LicenseRefusedException(ValidityCode.NOT_FOUND));
        license.deactivate(device, clock.instant());
        return LicenseCheck.of(
                        license.validityAt(clock.instant()),
                        license,
                        products.get(license.productId()).sku())
                .withoutSlot();
    }

    /** The program named a product (SKU, any case) and it is not the licence's. */
    static boolean isOtherProduct(Optional<String> asked, String sku) {
        return asked.isPresent() && !asked.get().trim().equalsIgnoreCase(sku);
    }

    /**
     * Records that the program on this device is running (last seen, version): one UPDATE, no lock, since it
     * changes no slot. False when the device holds no slot of the licence.
     */
    public boolean heartbeat(LicenseKey key, DeviceId device, String appVersion) {
        return em.createNativeQuery(
                                "UPDATE license_activations a SET last_seen_at = ?, "
                                        + "app_version = COALESCE(CAST(? AS varchar), a.app_version) FROM licenses l "
                                        + "WHERE l.id = a.license_id AND l.license_key = ? AND a.device_id = ? AND a.deactivated_at IS NULL")
                        .setParameter(1, clock.instant().atOffset(ZoneOffset.UTC))
                        .setParameter(2, LicenseActivation.version(appVersion))
                        .setParameter(3, key.value())
                        .setParameter(4, device.value())
                        .executeUpdate()
                > 0;
    }

    /** The devices holding a slot of a licence the caller may see, oldest first. */
    public List<LicenseActivation> activations(long id, Caller caller) {
        return licenses.get(id, caller).liveActivations();
    }

    /**
     * Frees a device's slot from the customer area or by support, for a PC that is dead, lost or replaced (the
     * spec's "procédure support" when no slot is left); audited with who freed which device.
     */
    public License release(long id, DeviceId device, Caller caller, Actor actor) {
        licenses.get(id, caller);
        License license = licenses.lockedForChange(id);
        if (!license.deactivate(device, clock.instant())) {
            throw new NotFoundException("ACTIVATION_NOT_FOUND", "This device holds no slot of licence " + id);
        }
        audit.record(actor, "license.device_released", "license", id, Map.of("device_id", device.value()));
        return license;
    }
}
