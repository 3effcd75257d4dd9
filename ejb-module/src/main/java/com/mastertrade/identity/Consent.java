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
import java.time.Instant;

/** A GDPR consent record: what a user agreed to (or refused), which version, when and from where. */
@Entity
@Table(name = "consents")
@NamedQuery(
        name = "Consent.ofUser",
        query = "select c from Consent c where c.user.id = :user order by c.createdAt, c.id")
@NamedQuery(name = "Consent.forgetUser", query = "delete from Consent c where c.user.id = :user")
public class Consent {

    /** The version of the terms a registration accepts; bump it when the terms change. */
    public static final String TERMS_VERSION = "2026-11";

    /** The version of what the newsletter sends; bump it when that changes. */
    public static final String NEWSLETTER_VERSION = "2026-12";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @SuppressWarnings("unused") // written for the database (foreign key), never read back in Java
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private User user;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String version;

    @Column(nullable = false)
    private boolean granted;

    private String ip;

    @Column(name = "user_agent")
    private String userAgent;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Consent() {
        // for JPA
    }

    static Consent termsAccepted(User user, RequestOrigin origin, Instant now) {
        return new Consent(user, "terms", TERMS_VERSION, true, origin, now);
    }

    /** The newsletter accepted or refused, from the account's e-mail preferences. */
    static Consent newsletter(User user, boolean granted, RequestOrigin origin, Instant now) {
        return new Consent(user, "marketing", NEWSLETTER_VERSION, granted, origin, now);
    }

    private Consent(User user, String kind, String version, boolean granted, RequestOrigin origin, Instant now) {
        this.user = user;
        this.kind = kind;
        this.version = version;
        this.granted = granted;
        this.ip = origin.ip();
        this.userAgent = origin.userAgentTruncated();
        this.createdAt = now;
    }

    /** {@code terms} or {@code marketing}. */
    public String kind() {
        return kind;
    }

    public String version() {
        return version;
    }

    public boolean granted() {
        return granted;
    }

    public String ip() {
        return ip;
    }

    public String userAgent() {
        return userAgent;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
