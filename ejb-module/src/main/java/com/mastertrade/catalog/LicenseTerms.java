package com.mastertrade.catalog;

import com.mastertrade.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The licence a product comes with: its type, how long it lasts, on how many devices, how long a trial runs
 * and how long a lapsed licence still works (grace). Stored in the product's row.
 */
@Embeddable
public class LicenseTerms {

    static final int DEFAULT_MAX_ACTIVATIONS = 1;
    static final int DEFAULT_TRIAL_DAYS = 0;
    static final int DEFAULT_GRACE_DAYS = 7;

    @Column(name = "license_type", nullable = false)
    @Convert(converter = LicenseTypeConverter.class)
    private LicenseType type;

    @Column(name = "license_duration_days")
    private Integer durationDays;

    @Column(name = "max_activations", nullable = false)
    private int maxActivations;

    @Column(name = "trial_days", nullable = false)
    private int trialDays;

    @Column(name = "grace_days", nullable = false)
    private int graceDays;

    protected LicenseTerms() {
        // for JPA
    }

    public LicenseTerms(LicenseType type, Integer durationDays, int maxActivations, int trialDays, int graceDays) {
        Objects.requireNonNull(type, "Licence type is required.");
        if (type.expires() && (durationDays == null || durationDays < 1 || durationDays > 36_500)) {
            throw new InvalidInputException("duration_days", "a " + type.apiName() + " licence lasts 1 to 36500 days");
        }
        if (maxActivations < 1 || maxActivations > 10_000) {
            throw new InvalidInputException("max_activations", "max_activations is 1 to 10000");
        }
        if (trialDays < 0 || trialDays > 365) {
            throw new InvalidInputException("trial_days", "trial_days is 0 to 365");
        }
        if (graceDays < 0 || graceDays > 365) {
            throw new InvalidInputException("grace_days", "grace_days is 0 to 365");
        }
        this.type = type;
        this.durationDays = type.expires() ? durationDays : null;
        this.maxActivations = maxActivations;
        this.trialDays = trialDays;
        this.graceDays = graceDays;
    }

    /**
     * Terms as a store states them for a product: what it leaves out (null) is the store's default, one device,
     * no trial and seven days' grace. A permanent licence needs no duration.
     */
    public static LicenseTerms stated(
            LicenseType type, Integer durationDays, Integer maxActivations, Integer trialDays, Integer graceDays) {
        return new LicenseTerms(
                type,
                durationDays,
                Objects.requireNonNullElse(maxActivations, DEFAULT_MAX_ACTIVATIONS),
                Objects.requireNonNullElse(trialDays, DEFAULT_TRIAL_DAYS),
                Objects.requireNonNullElse(graceDays, DEFAULT_GRACE_DAYS));
    }

    /** These terms for one licence issued by hand: another type or number of devices where given (null keeps). */
    public LicenseTerms adjusted(LicenseType otherType, Integer otherMaxActivations) {
        return new LicenseTerms(
                Objects.requireNonNullElse(otherType, type()),
                durationDays,
                Objects.requireNonNullElse(otherMaxActivations, maxActivations),
                trialDays,
                graceDays);
    }

    public LicenseType type() {
        return type;
    }

    /** Empty for a permanent licence. */
    public Optional<Duration> duration() {
        return Optional.ofNullable(durationDays).map(Duration::ofDays);
    }

    public Integer durationDays() {
        return durationDays;
    }

    public int maxActivations() {
        return maxActivations;
    }

    /** Zero when the product offers no trial. */
    public int trialDays() {
        return trialDays;
    }

    public Duration grace() {
        return Duration.ofDays(graceDays);
    }

    public int graceDays() {
        return graceDays;
    }
}
