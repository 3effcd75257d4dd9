package com.mastertrade.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A password reset link: single use, short-lived; only the hash of its secret is stored. */
@Entity
@Table(name = "password_reset_tokens")
@NamedQuery(name = "PasswordResetToken.byHash", query = "select t from PasswordResetToken t where t.tokenHash = :hash")
@NamedQuery(
        name = "PasswordResetToken.openOf",
        query = "select t from PasswordResetToken t where t.user = :user and t.usedAt is null")
@NamedQuery(name = "PasswordResetToken.forgetUser", query = "delete from PasswordResetToken t where t.user = :user")
public class PasswordResetToken {

    static final Duration LIFETIME = Duration.ofMinutes(30);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private User user;

    @Column(name = "token_hash", nullable = false, unique = true)
    private byte[] tokenHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "requested_ip")
    private String requestedIp;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PasswordResetToken() {
        // for JPA
    }

    PasswordResetToken(User user, byte[] tokenHash, String requestedIp, Instant now) {
        this.user = user;
        this.tokenHash = tokenHash.clone();
        this.requestedIp = requestedIp;
        this.createdAt = now;
        this.expiresAt = now.plus(LIFETIME);
    }

    boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Marks the link used; from now on it opens nothing. */
    void consume(Instant now) {
        usedAt = now;
    }

    User user() {
        return user;
    }
}
