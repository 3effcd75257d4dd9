package com.mastertrade.licensing;

import com.mastertrade.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** One device's slot of a licence: taken at activation, freed at deactivation, kept as history after that. */
@Entity
@Table(name = "license_activations")
public class LicenseActivation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @SuppressWarnings("unused") // written for the database (foreign key), never read back in Java
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "license_id")
    private License license;

    @Column(name = "device_id", nullable = false, updatable = false)
    private String deviceId;

    @Column(name = "device_name")
    private String deviceName;

    private String ip;

    private String country;

    @Column(name = "app_version")
    private String appVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    protected LicenseActivation() {
        // for JPA
    }

    LicenseActivation(License license, DeviceId device, DeviceInfo info, Instant now) {
        this.license = license;
        this.deviceId = device.value();
        this.deviceName = info.name();
        this.ip = info.ip();
        this.country = info.country();
        this.createdAt = now;
        this.lastSeenAt = now;
    }

    boolean isLive() {
        return deactivatedAt == null;
    }

    boolean isOn(DeviceId device) {
        return deviceId.equals(device.value());
    }

    void free(Instant now) {
        deactivatedAt = now;
    }

    /** Freed, and nothing that could tell whose machine it was is kept. */
    void forget(Instant now) {
        if (isLive()) {
            free(now);
        }
        deviceName = null;
        ip = null;
        country = null;
    }

    /** The program on this device reported in (validation or heartbeat). */
    void seen(String version, Instant now) {
        lastSeenAt = now;
        String kept = version(version);
        if (kept != null) {
            appVersion = kept;
        }
    }

    /** A program's version as kept: at most 40 characters; null when none was sent. */
    static String version(String sent) {
        return sent == null || sent.isBlank() ? null : Texts.atMost(sent, 40);
    }

    public String deviceId() {
        return deviceId;
    }

    public String deviceName() {
        return deviceName;
    }

    public String ip() {
        return ip;
    }

    public String country() {
        return country;
    }

    public String appVersion() {
        return appVersion;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> freedAt() {
        return Optional.ofNullable(deactivatedAt);
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }
}
