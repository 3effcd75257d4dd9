package com.mastertrade.identity;

import com.mastertrade.audit.AuditTrail;
import com.mastertrade.shared.Actor;
import com.mastertrade.shared.NotFoundException;
import com.mastertrade.shared.Page;
import com.mastertrade.shared.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Looks users up for a caller, who sees only what the roles allow. */
@Stateless
public class Users {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Yourself, or anyone of the store for staff; anyone else is "not found", not "forbidden". */
    public User get(long id, Caller caller) {
        if (!caller.maySee(id)) {
            throw notFound(id);
        }
        return get(id);
    }

    /** Any user of the store, for the platform's own work (e-mails about their orders...). */
    public User get(long id) {
        User user = em.find(User.class, id);
        if (user == null) {
            throw notFound(id);
        }
        return user;
    }

    /** The user changes their own name, phone, country or language; audited. */
    public User describe(long userId, Profile profile, Actor actor) {
        User user = get(userId);
        user.describe(profile, clock.instant());
        audit.record(actor, "user.profile_changed", "user", userId, Map.of());
        return user;
    }

    /**
     * The user chooses the optional e-mails they receive; accepting or refusing the newsletter is kept as a
     * consent, with where it came from. Audited.
     */
    public User prefer(long userId, EmailPreferences preferences, RequestOrigin origin, Actor actor) {
        User user = get(userId);
        Instant now = clock.instant();
        if (user.emailPreferences().newsletter() != preferences.newsletter()) {
            em.persist(Consent.newsletter(user, preferences.newsletter(), origin, now));
        }
        user.prefer(preferences, now);
        audit.record(
                actor,
                "user.email_preferences_changed",
                "user",
                userId,
                Map.of(
                        "expiry_reminders", preferences.expiryReminders(),
                        "product_updates", preferences.productUpdates(),
                        "newsletter", preferences.newsletter()));
        return user;
    }

    /** What the user agreed to or refused, oldest first. */
    public List<Consent> consentsOf(long userId) {
        return em.createNamedQuery("Consent.ofUser", Consent.class)
                .setParameter("user", userId)
                .getResultList();
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("USER_NOT_FOUND", "No user " + id);
    }

    public Page<User> page(PageRequest request) {
        List<User> items = em.createNamedQuery("User.page", User.class)
                .setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
        long total = em.createNamedQuery("User.count", Long.class).getSingleResult();
        return Page.of(items, request, total);
    }
}
