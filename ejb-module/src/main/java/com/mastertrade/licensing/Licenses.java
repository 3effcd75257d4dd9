package com.mastertrade.licensing;

import com.mastertrade.identity.Caller;
import com.mastertrade.shared.FilteredPage;
import com.mastertrade.shared.NotFoundException;
import com.mastertrade.shared.Page;
import com.mastertrade.shared.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The licences of the current store: finding them, adding one, and locking one for a change. Changes are made
 * by {@link LicenseLifecycle} (staff, orders, trials) and {@link DeviceSlots} (devices), always on a licence
 * from {@link #lockedForChange}: its row is locked ({@code SELECT ... FOR UPDATE}), so concurrent devices are
 * counted one after the other and never exceed {@code max_activations} (the database's check constraint and
 * unique index stand behind it), and caches forget it when the transaction ends.
 */
@Stateless
public class Licenses {

    @PersistenceContext
    EntityManager em;

    @Inject
    LicenseKeyIndex index;

    @Inject
    Event<LicenseChanged> changes;

    /** A new licence of this store, registered in the platform's key index in the same transaction. */
    public License add(License license) {
        em.persist(license);
        index.register(license.key());
        em.flush();
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

    /** A licence its owner or the store's staff may see; for anyone else, as for an unknown id, 404. */
    public License get(long id, Caller caller) {
        License license = get(id);
        if (!license.userId().map(caller::maySee).orElse(caller.isStaff())) {
            throw new NotFoundException("LICENSE_NOT_FOUND", "No licence " + id);
        }
        return license;
    }

    /** The licence of a key in this store, read without a lock (the update check of a program). */
    public Optional<License> find(LicenseKey key) {
        return em.createNamedQuery("License.byKey", License.class)
                .setParameter("key", key.value())
                .getResultStream()
                .findFirst();
    }

    /** The licence, locked for a change, or 404; caches forget it when the transaction ends. */
    public License lockedForChange(long id) {
        License license = em.find(License.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (license == null) {
            throw new NotFoundException("LICENSE_NOT_FOUND", "No licence " + id);
        }
        changes.fire(new LicenseChanged(license.key()));
        return license;
    }

    /** The licence of a key, locked for a change; caches forget it when the transaction ends. */
    public Optional<License> lockedForChange(LicenseKey key) {
        changes.fire(new LicenseChanged(key));
        return em.createNamedQuery("License.byKey", License.class)
                .setParameter("key", key.value())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    /** A user's licences, newest first. */
    public List<License> ofUser(long userId) {
        return em.createNamedQuery("License.ofUser", License.class)
                .setParameter("user", userId)
                .getResultList();
    }

    /** The licence an order sold, if any. */
    public Optional<License> ofOrder(long orderId) {
        return em.createNamedQuery("License.ofOrder", License.class)
                .setParameter("order", orderId)
                .getResultStream()
                .findFirst();
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

    /** The store's licences matching a filter, newest first, one page of them (for staff). */
    public Page<License> page(LicenseFilter filter, PageRequest request) {
        FilteredPage<License> licences = FilteredPage.of(em, License.class, "License l");
        filter.status().ifPresent(status -> licences.where("l.status = :status", "status", status));
        filter.productId().ifPresent(product -> licences.where("l.productId = :product", "product", product));
        filter.userId().ifPresent(user -> licences.where("l.userId = :user", "user", user));
        filter.keyStart()
                .ifPresent(key -> licences.where(
                        "l.key like :key",
                        "key",
                        key.replace("\\", "").replace("%", "").replace("_", "\\_") + "%"));
        return licences.read("l.createdAt desc, l.id desc", request);
    }
}
