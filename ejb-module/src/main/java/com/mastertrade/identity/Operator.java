package com.mastertrade.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A Mastertrade operator: runs the platform, opens and suspends tenants. Platform-wide. */
@Entity
@Table(name = "operators", schema = "platform")
@NamedQuery(name = "Operator.byEmail", query = "select o from Operator o where o.email = :email")
@NamedQuery(name = "Operator.count", query = "select count(o) from Operator o")
public class Operator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(nullable = false)
    private String name;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_login")
    private Instant lastLogin;

    protected Operator() {
        // for JPA
    }

    Operator(EmailAddress email, String name, String passwordHash, Instant now) {
        this.email = email.value();
        this.name = name;
        this.passwordHash = passwordHash;
        this.createdAt = now;
    }

    void recordLogin(Instant now) {
        lastLogin = now;
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }
}
