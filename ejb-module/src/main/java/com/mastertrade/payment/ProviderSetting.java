package com.mastertrade.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A store's account at one provider: whether customers may pay with it, and its credentials, sealed with the
 * platform master key (only {@link ProviderSettings} opens them).
 */
@Entity
@Table(name = "payment_provider_settings")
public class ProviderSetting {

    /** The provider's API name: an id, which JPA does not let a converter type (the getter does). */
    @Id
    private String provider;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "credentials_encrypted")
    private byte[] credentialsSealed;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ProviderSetting() {
        // for JPA
    }

    void change(boolean enable, byte[] sealedCredentials, Instant now) {
        enabled = enable;
        credentialsSealed = sealedCredentials;
        updatedAt = now;
    }

    public PaymentProvider provider() {
        return PaymentProvider.fromApiName(provider);
    }

    public boolean isEnabled() {
        return enabled;
    }

    Optional<byte[]> credentialsSealed() {
        return Optional.ofNullable(credentialsSealed);
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
