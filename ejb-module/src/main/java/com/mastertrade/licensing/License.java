package com.mastertrade.licensing;

import com.mastertrade.catalog.LicenseTerms;
import com.mastertrade.catalog.LicenseType;
import com.mastertrade.catalog.LicenseTypeConverter;
import com.mastertrade.shared.ConflictException;
import com.mastertrade.shared.InvalidInputException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A licence of one product, the aggregate of its device activations. It decides whether it is in force at an
 * instant, takes and frees device slots (never more than {@code max_activations}, one per device), and is
 * revoked, suspended, reinstated and renewed. Callers lock the row before changing activations, so that two
 * devices activating at once are counted one after the other.
 */
@Entity
@Table(name = "licenses")
@NamedQuery(name = "License.byKey", query = "select l from License l where l.key = :key")
@NamedQuery(name = "License.ofOrder", query = "select l from License l where l.orderId = :order")
@NamedQuery(
        name = "License.ofUser",
        query = "select l from License l where l.userId = :user order by l.createdAt desc, l.id desc")
public class License {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "license_key", nullable = false, unique = true, updatable = false)
    private String key;

    @Column(name = "product_id", nullable = false, updatable = false)
    private long productId;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "order_id")
    private Long orderId;

    @Column(nullable = false)
    @Convert(converter = LicenseStatusConverter.class)
    private LicenseStatus status;

    @Column(nullable = false)
    @Convert(converter = LicenseTypeConverter.class)
    private LicenseType type;

    @Column(name = "expiry_date")
    private Instant expiry;

    @Column(name = "grace_days", nullable = false)
    private int graceDays;

    @Column(name = "max_activations", nullable = false)
    private int maxActivations;

    @Column(name = "activations_count", nullable = false)
    private int activationsCount;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "renewed_at")
    private Instant renewedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "license", cascade = CascadeType.PERSIST)
    @OrderBy("createdAt")
    private List<LicenseActivation> activations = new ArrayList<>();

    protected License() {
        // for JPA
    }

    private License(
            LicenseKey key,
            long productId,
            Long userId,
            LicenseStatus status,
            LicenseType type,
            Instant expiry,
            int graceDays,
            int maxActivations,
            Instant now) {
        this.key = Objects.requireNonNull(key, "Licence key is required.").value();
        this.productId = productId;
        this.userId = userId;
        this.status = status;
        this.type = type;
        this.expiry = expiry;
        this.graceDays = graceDays;
        this.maxActivations = maxActivations;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A licence on the product's terms, starting now. */
    public static License issue(LicenseKey key, long productId, Long userId, LicenseTerms terms, Instant now) {
        return new License(
                key,
                productId,
                userId,
                LicenseStatus.ACTIVE,
                terms.type(),
                terms.duration().map(now::plus).orElse(null),
                terms.graceDays(),
                terms.maxActivations(),
                now);
    }

    /**
     * A licence issued by staff with an end date of their choosing instead of the product's duration: 422 on
     * {@code expiry_date} for a permanent licence or a date that is not in the future.
     */
    public static License issueUntil(
            LicenseKey key, long productId, Long userId, LicenseTerms terms, Instant expiry, Instant now) {
        if (terms.type() == LicenseType.PERMANENT) {
            throw new InvalidInputException("expiry_date", "a permanent licence has no expiry date");
        }
        if (!expiry.isAfter(now)) {
            throw new InvalidInputException("expiry_date", "the expiry date must be in the future");
        }
        License license = issue(key, productId, userId, terms, now);
        license.expiry = expiry;
        return license;
    }

    /** A licence sold by a paid order, on the product's terms, starting now. */
    public static License sold(
            LicenseKey key, long productId, long userId, long orderId, LicenseTerms terms, Instant now) {
        License license = issue(key, productId, userId, terms, now);
        license.orderId = orderId;
        return license;
    }

    /** A trial of the product: its terms, for the product's trial days, without grace. */
    public static License trial(LicenseKey key, long productId, Long userId, LicenseTerms terms, Instant now) {
        if (terms.trialDays() < 1) {
            throw new ConflictException("NO_TRIAL", "This product offers no trial");
        }
        return new License(
                key,
                productId,
                userId,
                LicenseStatus.TRIAL,
                terms.type(),
                now.plus(Duration.ofDays(terms.trialDays())),
                0,
                terms.maxActivations(),
                now);
    }

    /** Whether the licence is in force at an instant, whatever the device. */
    public ValidityCode validityAt(Instant now) {
        return new Standing(status(), expiry, graceDays).at(now);
    }

    /**
     * A validation from a device: a device not yet activated takes a free slot, the same device again never
     * takes a second one; a device without a slot gets {@code TOO_MANY_ACTIVATIONS}.
     */
    public ValidityCode validateOn(DeviceId device, DeviceInfo info, String appVersion, Instant now) {
        ValidityCode code = validityAt(now);
        if (!code.licenseInForce()) {
            return code;
        }
        Optional<LicenseActivation> slot = liveActivationOn(device);
        if (slot.isPresent()) {
            slot.get().seen(appVersion, now);
            return code;
        }
        if (activationsCount >= maxActivations) {
            return ValidityCode.TOO_MANY_ACTIVATIONS;
        }
        takeSlot(device, info, now).seen(appVersion, now);
        return code;
    }

    /** An explicit activation: refused when the licence is not in force or no slot is left. */
    public LicenseActivation activate(DeviceId device, DeviceInfo info, Instant now) {
        ValidityCode code = validityAt(now);
        if (!code.licenseInForce()) {
            throw new LicenseRefusedException(code);
        }
        Optional<LicenseActivation> slot = liveActivationOn(device);
        if (slot.isPresent()) {
            return slot.get();
        }
        if (activationsCount >= maxActivations) {
            throw new LicenseRefusedException(ValidityCode.TOO_MANY_ACTIVATIONS);
        }
        return takeSlot(device, info, now);
    }

    /** Frees the device's slot; false when the device held none. */
    public boolean deactivate(DeviceId device, Instant now) {
        Optional<LicenseActivation> slot = liveActivationOn(device);
        slot.ifPresent(activation -> {
            activation.free(now);
            activationsCount--;
            updatedAt = now;
        });
        return slot.isPresent();
    }

    private LicenseActivation takeSlot(DeviceId device, DeviceInfo info, Instant now) {
        LicenseActivation activation = new LicenseActivation(this, device, info, now);
        activations.add(activation);
        activationsCount++;
        updatedAt = now;
        return activation;
    }

    private Optional<LicenseActivation> liveActivationOn(DeviceId device) {
        return activations.stream().filter(a -> a.isLive() && a.isOn(device)).findFirst();
    }

    /** For good: a revoked licence is never valid again. */
    public void revoke(String reason, Instant now) {
        if (status() != LicenseStatus.REVOKED) {
            statusReason = requireReason(reason);
            status = LicenseStatus.REVOKED;
            updatedAt = now;
        }
    }

    /**
     * The holder's account is erased: the licence is revoked and its devices freed and forgotten (name,
     * address, country), so nothing personal stays with a licence kept for the accounts.
     */
    public void endWithAccount(Instant now) {
        revoke("account erased", now);
        activations.forEach(activation -> activation.forget(now));
        activationsCount = 0;
        updatedAt = now;
    }

    /** Until reinstated: for a payment dispute, abuse under investigation... */
    public void suspend(String reason, Instant now) {
        requireNotRevoked();
        if (status() == LicenseStatus.TRIAL) {
            throw new ConflictException("LICENSE_IS_TRIAL", "A trial is revoked, not suspended");
        }
        if (status() != LicenseStatus.SUSPENDED) {
            statusReason = requireReason(reason);
            status = LicenseStatus.SUSPENDED;
            updatedAt = now;
        }
    }

    public void reinstate(Instant now) {
        if (status() != LicenseStatus.SUSPENDED) {
            throw new ConflictException("LICENSE_NOT_SUSPENDED", "Only a suspended licence can be reinstated");
        }
        status = LicenseStatus.ACTIVE;
        statusReason = null;
        updatedAt = now;
    }

    /**
     * Extends the licence by a period: from its expiry, or from now when it has already expired. A trial or an
     * expired licence becomes active; a suspended one stays suspended, with the longer expiry.
     */
    public void renew(Duration period, Instant now) {
        requireRenewable();
        if (period.isNegative() || period.isZero()) {
            throw new InvalidInputException("period", "a renewal adds a positive period");
        }
        expiry = (expiry.isAfter(now) ? expiry : now).plus(period);
        if (status() == LicenseStatus.TRIAL || status() == LicenseStatus.EXPIRED) {
            status = LicenseStatus.ACTIVE;
        }
        renewedAt = now;
        updatedAt = now;
    }

    /** A licence is renewed unless revoked or permanent: 409 {@code LICENSE_REVOKED} or {@code LICENSE_PERMANENT}. */
    public void requireRenewable() {
        requireNotRevoked();
        if (expiry == null) {
            throw new ConflictException("LICENSE_PERMANENT", "A permanent licence does not expire");
        }
    }

    public boolean isRenewable() {
        return status() != LicenseStatus.REVOKED && expiry != null;
    }

    /**
     * Takes back a renewal whose payment was refunded: the expiry moves back by the period it added. A revoked
     * licence stays as it is.
     */
    public void withdrawRenewal(Duration period, Instant now) {
        if (status() == LicenseStatus.REVOKED || expiry == null) {
            return;
        }
        expiry = expiry.minus(period);
        updatedAt = now;
    }

    private void requireNotRevoked() {
        if (status() == LicenseStatus.REVOKED) {
            throw new ConflictException("LICENSE_REVOKED", "This licence is revoked");
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 255) {
            throw new InvalidInputException("reason", "a reason of 1 to 255 characters is required");
        }
        return reason.strip();
    }

    public Long id() {
        return id;
    }

    public LicenseKey key() {
        return new LicenseKey(key);
    }

    public long productId() {
        return productId;
    }

    public Optional<Long> userId() {
        return Optional.ofNullable(userId);
    }

    /** The order that sold it; empty for licences issued by staff and trials. */
    public Optional<Long> orderId() {
        return Optional.ofNullable(orderId);
    }

    public LicenseStatus status() {
        return status;
    }

    public LicenseType type() {
        return type;
    }

    /** Empty for a permanent licence. */
    public Optional<Instant> expiry() {
        return Optional.ofNullable(expiry);
    }

    public int maxActivations() {
        return maxActivations;
    }

    public int activationsCount() {
        return activationsCount;
    }

    public Optional<String> statusReason() {
        return Optional.ofNullable(statusReason);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> renewedAt() {
        return Optional.ofNullable(renewedAt);
    }

    /** Every device that has held a slot, freed ones included. */
    public List<LicenseActivation> activations() {
        return List.copyOf(activations);
    }

    public List<LicenseActivation> liveActivations() {
        return activations.stream().filter(LicenseActivation::isLive).toList();
    }
}
