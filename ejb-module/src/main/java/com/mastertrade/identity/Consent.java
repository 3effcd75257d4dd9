package com.mastertrade.identity;

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

/** A GDPR consent record: what a user agreed to (or refused), which version, when and from where. */
@Entity
@Table(name = "consents")
public class Consent {

    /** The version of the terms a registration accepts; bump it when the terms change. */
    public static final String TERMS_VERSION = "2026-11";

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

    @SuppressWarnings("unused") // kept as the proof of consent, never read back in Java
    private String ip;

    @Column(name = "user_agent")
    private String userAgent;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Consent() {
        // for JPA
    }

    static Consent termsAccepted(User user, RequestOrigin origin, Instant now) {
        Consent consent = new Consent();
        consent.user = user;
        consent.kind = "terms";
        consent.version = TERMS_VERSION;
        consent.granted = true;
        consent.ip = origin.ip();
        consent.userAgent = origin.userAgentTruncated();
        consent.createdAt = now;
        return consent;
    }
}
