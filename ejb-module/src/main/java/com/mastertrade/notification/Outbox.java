package com.mastertrade.notification;

import com.mastertrade.shared.Language;
import com.mastertrade.shared.tenant.TenantContext;
import com.mastertrade.shared.tenant.TenantRef;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Map;

/**
 * Queues an e-mail in the caller's transaction. It is sent once that transaction commits, and never if it
 * rolls back: a failed payment never e-mails "thank you".
 */
@Stateless
public class Outbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<NotificationQueued> queued;

    /** A user's account is erased: their e-mails, sent or waiting, go with it (addresses and contents). */
    public void forget(long userId) {
        em.createNamedQuery("Notification.forgetUser")
                .setParameter("user", userId)
                .executeUpdate();
    }

    public void email(Long userId, String recipient, Language language, EmailType type, Map<String, String> data) {
        TenantRef tenant = TenantContext.require();
        JsonObjectBuilder json = Json.createObjectBuilder().add("store", tenant.name());
        data.forEach(json::add);
        Notification notification = Notification.email(
                userId, recipient, language, type, json.build().toString(), clock.instant());
        em.persist(notification);
        em.flush();
        queued.fire(new NotificationQueued(tenant, notification.id()));
    }
}
