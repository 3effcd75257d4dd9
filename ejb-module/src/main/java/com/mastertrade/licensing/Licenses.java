package com.mastertrade.licensing;

import com.mastertrade.audit.AuditTrail;
import com.mastertrade.catalog.LicenseTerms;
import com.mastertrade.catalog.Products;
import com.mastertrade.identity.Caller;
import com.mastertrade.identity.EmailAddress;
import com.mastertrade.shared.Actor;
import com.mastertrade.shared.ConflictException;
import com.mastertrade.shared.NotFoundException;
import com.mastertrade.shared.Page;
import com.mastertrade.shared.PageRequest;
import com.mastertrade.shared.UniqueViolations;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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
    AuditTrail audit;

    @Inject
    Products products;

    @Inject
    Clock clock;

    @Inject
    Event<LicenseChanged> changes;

    /**
     * A new licence on the product's terms (which the caller may have adjusted), registered in the key index in
     * the same transaction; an admin's issue is in the audit log.
     */
    public License issue(long productId, Long userId, LicenseTerms terms, Actor actor) {
        return register(License.issue(LicenseKey.generate(), productId, userId, terms, clock.instant()), actor);
    }

    /**
     * The licence a paid order gives its customer, on the product's terms of today. One per order: the database
     * refuses a second one, so that no repetition of a payment event ever sells two.
     */
    public License sell(long orderId, long productId, long userId, Actor actor) {
        return register(
                License.sold(
                        LicenseKey.generate(), productId, userId, orderId, products.terms(productId), clock.instant()),
                actor);
    }

    private License register(License license, Actor actor) {
        em.persist(license);
        index.register(license.key());
        em.flush();
        audit.record(
                actor,
                "license.issued",
                "license",
                license.id(),
                Map.of(
                        "product_id",
                        license.productId(),
                        "user_id",
                        license.userId().map(Object::toString).orElse("none"),
                        "order_id",
                        license.orderId().map(Object::toString).orElse("none")));
        return license;
    }

    /** The licences some orders sold: order id → licence id. */
    public Map<Long, Long> idsByOrder(Collection<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select l.orderId, l.id from License l where l.orderId in :orders", Object[].class)
                .setParameter("orders", orderIds)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    /** The licence an order sold, if any. */
    public Optional<License> ofOrder(long orderId) {
        return em.createNamedQuery("License.ofOrder", License.class)
                .setParameter("order", orderId)
                .getResultStream()
                .findFirst();
    }

    /**
     * A trial of a product for a customer: one per e-mail address and product, ever, even across accounts
     * and concurrent requests (the primary key of {@code trial_grants} decides). Addresses are compared as the
     * mailbox they deliver to ({@link EmailAddress#mailbox()}), so {@code awa+1@...} is not a second trial.
     */
    public License startTrial(long productId, long userId, String email) {
        License trial =
                License.trial(LicenseKey.generate(), productId, userId, products.terms(productId), clock.instant());
        em.persist(trial);
        em.flush();
        try {
            em.createNativeQuery("INSERT INTO trial_grants (email, product_id, license_id) VALUES (?, ?, ?)")
                    .setParameter(1, new EmailAddress(email).mailbox())
                    .setParameter(2, productId)
                    .setParameter(3, trial.id())
                    .executeUpdate();
        } catch (PersistenceException e) {
            if (UniqueViolations.isCause(e)) {
                throw new ConflictException(
                        "TRIAL_ALREADY_USED", "This e-mail address has had its trial of this product");
            }
            throw e;
        }
        index.register(trial.key());
        return trial;
    }

    /** Revoked for good (refund, fraud), with the reason in the audit log. */
    public License revoke(long id, String reason, Actor actor) {
        License license = lockedById(id);
        license.revoke(reason, clock.instant());
        audit.record(actor, "license.revoked", "license", id, Map.of("reason", reason));
        return license;
    }

    public License suspend(long id, String reason, Actor actor) {
        License license = lockedById(id);
        license.suspend(reason, clock.instant());
        audit.record(actor, "license.suspended", "license", id, Map.of("reason", reason));
        return license;
    }

    public License reinstate(long id, Actor actor) {
        License license = lockedById(id);
        license.reinstate(clock.instant());
        audit.record(actor, "license.reinstated", "license", id, Map.of());
        return license;
    }

    /** Extends by a number of days, or by the product's duration when none is given. */
    public License renew(long id, Integer days, Actor actor) {
        License license = lockedById(id);
        Duration period = days != null
                ? Duration.ofDays(days)
                : products.terms(license.productId()).duration().orElse(Duration.ZERO);
        license.renew(period, clock.instant());
        audit.record(actor, "license.renewed", "license", id, Map.of("days", period.toDays()));
        return license;
    }

    /** Takes back the days a refunded renewal added, with the reason in the audit log. */
    public License withdrawRenewal(long id, int days, String reason, Actor actor) {
        License license = lockedById(id);
        license.withdrawRenewal(Duration.ofDays(days), clock.instant());
        audit.record(actor, "license.renewal_withdrawn", "license", id, Map.of("days", days, "reason", reason));
        return license;
    }

    /** The devices holding a slot of a licence the caller may see, oldest first. */
    public List<LicenseActivation> activations(long id, Caller caller) {
        return get(id, caller).liveActivations();
    }

    /**
     * Frees a device's slot from the customer area or by support, for a PC that is dead, lost or replaced (the
     * spec's "procédure support" when no slot is left); audited with who freed which device.
     */
    public License release(long id, DeviceId device, Caller caller, Actor actor) {
        get(id, caller);
        License license = lockedById(id);
        if (!license.deactivate(device, clock.instant())) {
            throw new NotFoundException("ACTIVATION_NOT_FOUND", "This device holds no slot of licence " + id);
        }
        audit.record(actor, "license.device_released", "license", id, Map.of("device_id", device.value()));
        return license;
    }

    /** The store's licences matching a filter, newest first, one page of them (for staff). */
    public Page<License> page(LicenseFilter filter, PageRequest request) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        filter.status().ifPresent(status -> {
            where.append(" and l.status = :status");
            parameters.put("status", status.apiName());
        });
        filter.productId().ifPresent(product -> {
            where.append(" and l.productId = :product");
            parameters.put("product", product);
        });
        filter.userId().ifPresent(user -> {
            where.append(" and l.userId = :user");
            parameters.put("user", user);
        });
        filter.keyStart().ifPresent(key -> {
            where.append(" and l.key like :key");
            parameters.put("key", key.replace("\\", "").replace("%", "").replace("_", "\\_") + "%");
        });
        TypedQuery<License> items = em.createQuery(
                "select l from License l" + where + " order by l.createdAt desc, l.id desc", License.class);
        TypedQuery<Long> total = em.createQuery("select count(l) from License l" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            total.setParameter(name, value);
        });
        return Page.of(
                items.setFirstResult(request.offset())
                        .setMaxResults(request.size())
                        .getResultList(),
                request,
                total.getSingleResult());
    }

    /** A user's licences, newest first. */
    public List<License> ofUser(long userId) {
        return em.createNamedQuery("License.ofUser", License.class)
                .setParameter("user", userId)
                .getResultList();
    }

    private License lockedById(long id) {
        License license = em.find(License.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (license == null) {
            throw new NotFoundException("LICENSE_NOT_FOUND", "No licence " + id);
        }
        changes.fire(new LicenseChanged(license.key()));
        return license;
    }

    /** A licence its owner or the store's staff may see; for anyone else, as for an unknown id, 404. */
    public License get(long id, Caller caller) {
        License license = get(id);
        if (!license.userId().map(caller::maySee).orElse(caller.isStaff())) {
            throw new NotFoundException("LICENSE_NOT_FOUND", "No licence " + id);
        }
        return license;
    }

    /** A licence of the store, or 404. */
    public License get(long id) {
        License license = em.find(License.class, id);
        if (license == null) {
            throw new NotFoundException("LICENSE_NOT_FOUND", "No licence " + id);
        }
        return license;
    }

    /**
     * A validation from a device. When the program names its product (SKU), a licence of another product is
     * {@code PRODUCT_MISMATCH} and takes no slot.
     */
    public LicenseCheck validate(
            LicenseKey key, DeviceId device, DeviceInfo info, String appVersion, Optional<String> productSku) {
        return locked(key)
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
        License license = locked(key).orElseThrow(() -> new LicenseRefusedException(ValidityCode.NOT_FOUND));
        String sku = products.get(license.productId()).sku();
        if (isOtherProduct(productSku, sku)) {
            throw new LicenseRefusedException(ValidityCode.PRODUCT_MISMATCH);
        }
        license.activate(device, info, clock.instant());
        return LicenseCheck.of(license.validityAt(clock.instant()), license, sku);
    }

    /** Frees the device's slot; a device without one changes nothing. Either way the device may no longer run. */
    public LicenseCheck deactivate(LicenseKey key, DeviceId device) {
        License license = locked(key).orElseThrow(() -> new LicenseRefusedException(ValidityCode.NOT_FOUND));
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

    /** The licence, locked for a change; caches forget it when the transaction ends. */
    private Optional<License> locked(LicenseKey key) {
        changes.fire(new LicenseChanged(key));
        return em.createNamedQuery("License.byKey", License.class)
                .setParameter("key", key.value())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }
}
