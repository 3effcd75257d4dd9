package com.mastertrade.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Sends one outbox e-mail, each in its own transaction of the current tenant. The row is locked while it is
 * sent, so the background send and the retry timer never send the same message twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    EmailTemplates templates;

    @Inject
    Clock clock;

    public void deliver(long notificationId) {
        Notification notification = em.find(Notification.class, notificationId, LockModeType.PESSIMISTIC_WRITE);
        if (notification == null || !notification.isPending()) {
            return;
        }
        EmailTemplates.RenderedEmail email =
                templates.render(notification.type(), notification.language(), data(notification.dataJson()));
        try {
            mailer.send(notification.recipient(), email);
            notification.markSent(clock.instant());
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "E-mail {0} not sent yet: {1}", new Object[] {notificationId, e.getMessage()});
            notification.markAttemptFailed(e.getMessage());
        }
    }

    /** The ids of this tenant's e-mails still waiting to go out. */
    public List<Long> pending() {
        return em
                .createNamedQuery("Notification.retryable", Notification.class)
                .setParameter("maxAttempts", Notification.MAX_ATTEMPTS)
                .setMaxResults(100)
                .getResultList()
                .stream()
                .map(Notification::id)
                .toList();
    }

    private static Map<String, String> data(String json) {
        JsonObject object = Json.createReader(new StringReader(json)).readObject();
        return object.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        e -> e.getValue() instanceof JsonString s
                                ? s.getString()
                                : e.getValue().toString()));
    }
}
