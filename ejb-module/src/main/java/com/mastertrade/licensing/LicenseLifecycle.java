package com.mastertrade.licensing;

import com.mastertrade.audit.AuditTrail;
import com.mastertrade.catalog.LicenseTerms;
import com.mastertrade.catalog.LicenseType;
import com.mastertrade.catalog.Products;
import com.mastertrade.identity.EmailAddress;
import com.mastertrade.shared.Actor;
import com.mastertrade.shared.ConflictException;
import com.mastertrade.shared.UniqueViolations;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A licence's life outside the devices: issued by staff, sold by an order, started as a trial, then revoked,
 * suspended, reinstated or renewed. Every change by a person is in the store's audit log.
 */
@Stateless
public class LicenseLifecycle {

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
     * A licence issued by staff on the product's terms, with another type or number of devices where they are
     * given (null keeps the product's).
     */
    public License issue(
            long productId, Long userId, LicenseType type, Integer maxActivations, Instant expiry, Actor actor) {
        LicenseTerms terms = products.terms(productId).adjusted(type, maxActivations);
        Instant now = clock.instant();
        return issued(
                expiry == null
                        ? License.issue(LicenseKey.generate(), productId, userId, terms, now)
                        : License.issueUntil(LicenseKey.generate(), productId, userId, terms, expiry, now),
                actor);
    }

    /**
     * The licence a paid order gives its customer, on the product's terms of today. One per order: the database
     * refuses a second one, so that no repetition of a payment event ever sells two.
     */
    public License sell(long orderId, long productId, long userId, Actor actor) {
        return issued(
                License.sold(
                        LicenseKey.generate(), productId, userId, orderId, products.terms(productId), clock.instant()),
                actor);
    }

    private License issued(License license, Actor actor) {
        licenses.add(license);
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

    /**
     * A trial of a product for a customer: one per e-mail address and product, ever, even across accounts
     * and concurrent requests (the primary key of {@code trial_grants} decides). Addresses are compared as the
     * mailbox they deliver to ({@link EmailAddress#mailbox()}), so {@code awa+1@...} is not a second trial.
     */
    public License startTrial(long productId, long userId, String email) {
        License trial =
                License.trial(LicenseKey.generate(), productId, userId, products.terms(productId), clock.instant());
        licenses.add(trial);
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
        return trial;
    }

    /** Revoked for good (refund, fraud), with the reason in the audit log. */
    public License revoke(long id, String reason, Actor actor) {
        License license = licenses.lockedForChange(id);
        license.revoke(reason, clock.instant());
        audit.record(actor, "license.revoked", "license", id, Map.of("reason", reason));
        return license;
    }

    /** Every licence of an account being erased ends with it ({@link License#endWithAccount}); how many. */
    public int endWithAccount(long userId, Actor actor) {
        List<License> held = licenses.ofUser(userId);
        for (License each : held) {
            licenses.lockedForChange(each.id()).endWithAccount(clock.instant());
            audit.record(actor, "license.revoked", "license", each.id(), Map.of("reason", "account erased"));
        }
        return held.size();
    }

    public License suspend(long id, String reason, Actor actor) {
        License license = licenses.lockedForChange(id);
        license.suspend(reason, clock.instant());
        audit.record(actor, "license.suspended", "license", id, Map.of("reason", reason));
        return license;
    }

    public License reinstate(long id, Actor actor) {
        License license = licenses.lockedForChange(id);
        license.reinstate(clock.instant());
        audit.record(actor, "license.reinstated", "license", id, Map.of());
        return license;
    }

    /** Extends by a number of days, or by the product's duration when none is given. */
    public License renew(long id, Integer days, Actor actor) {
        License license = licenses.lockedForChange(id);
        Duration period = days != null
                ? Duration.ofDays(days)
                : products.terms(license.productId()).duration().orElse(Duration.ZERO);
        license.renew(period, clock.instant());
        audit.record(actor, "license.renewed", "license", id, Map.of("days", period.toDays()));
        return license;
    }

    /** Takes back the days a refunded renewal added, with the reason in the audit log. */
    public License withdrawRenewal(long id, int days, String reason, Actor actor) {
        License license = licenses.lockedForChange(id);
        license.withdrawRenewal(Duration.ofDays(days), clock.instant());
        audit.record(actor, "license.renewal_withdrawn", "license", id, Map.of("days", days, "reason", reason));
        return license;
    }
}
