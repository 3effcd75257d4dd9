package com.mastertrade.identity;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;

/** Housekeeping of password reset links of the current tenant. */
@Stateless
public class PasswordResets {

    /** Spent or expired links are kept a day, for support questions, then deleted. */
    static final Duration KEPT_AFTER_USE = Duration.ofDays(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purgeStale() {
        return em.createQuery("delete from PasswordResetToken t where t.expiresAt < :cutoff")
                .setParameter("cutoff", clock.instant().minus(KEPT_AFTER_USE))
                .executeUpdate();
    }
}
