package com.mastertrade.notification;

import com.mastertrade.shared.Language;
import com.mastertrade.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One message to one person: an outbox row until it is sent, then the record that it was. */
@Entity
@Table(name = "notifications")
@NamedQuery(
        name = "Notification.retryable",
        query =
                "select n from Notification n "
                        + "where n.status = 'pending' and n.channel = 'email' and n.attempts < :maxAttempts order by n.createdAt")
@NamedQuery(name = "Notification.forgetUser", query = "delete from Notification n where n.userId = :user")
public class Notification {

    static final int MAX_ATTEMPTS = 8;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id")
    private Long userId;

    @Column(nullable = false)
    @Convert(converter = EmailTypeConverter.class)
    private EmailType type;

    @Column(nullable = false)
    private String channel;

    private String recipient;

    @Column(nullable = false)
    private String locale;

    @Column(nullable = false, columnDefinition = "jsonb")
    private String data;

    @Column(nullable = false)
    private String status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Notification() {
        // for JPA
    }

    static Notification email(
            Long userId, String recipient, Language language, EmailType type, String dataJson, Instant now) {
        Notification n = new Notification();
        n.userId = userId;
        n.recipient = recipient;
        n.locale = language.tag();
        n.type = type;
        n.channel = "email";
        n.data = dataJson;
        n.status = "pending";
        n.createdAt = now;
        return n;
    }

    void markSent(Instant now) {
        status = "sent";
        sentAt = now;
        attempts++;
        lastError = null;
    }

    /** A refused attempt; after {@value #MAX_ATTEMPTS} the message is given up and marked failed. */
    void markAttemptFailed(String error) {
        attempts++;
        lastError = error == null ? "unknown" : Texts.atMost(error, 500);
        if (attempts >= MAX_ATTEMPTS) {
            status = "failed";
        }
    }

    boolean isPending() {
        return "pending".equals(status);
    }

    Long id() {
        return id;
    }

    String recipient() {
        return recipient;
    }

    Language language() {
        return Language.fromTag(locale);
    }

    EmailType type() {
        return type;
    }

    String dataJson() {
        return data;
    }
}
