package com.mastertrade.payment;

import com.mastertrade.audit.AuditTrail;
import com.mastertrade.shared.Actor;
import com.mastertrade.shared.Texts;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Exactly once per provider event, in one transaction: the order's row is locked ({@code FOR UPDATE}), the
 * event id is recorded ({@code payment_events}, unique per provider: a second delivery, even a concurrent one,
 * finds it and changes nothing), the order settles the event and the platform fulfils it, e-mail and audit
 * entry included. Whatever fails rolls all of it back, and the provider's next delivery starts again.
 */
@Stateless
public class PaymentEvents {

    private static final Logger LOG = Logger.getLogger(PaymentEvents.class.getName());
    private static final String RECORD = "INSERT INTO payment_events "
            + "(provider, event_id, event_type, order_id, amount, currency, received_at) "
            + "VALUES (?, ?, ?, CAST(? AS bigint), CAST(? AS bigint), CAST(? AS char(3)), ?) "
            + "ON CONFLICT (provider, event_id) DO NOTHING RETURNING id";

    @PersistenceContext
    EntityManager em;

    @Inject
    Fulfilment fulfilment;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public Settlement settle(PaymentProvider provider, PaymentNotice notice, Actor actor) {
        Instant now = clock.instant();
        Optional<Order> order = em.createNamedQuery("CustomerOrder.byReference", Order.class)
                .setParameter("reference", notice.orderReference())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
        Optional<Long> event = record(provider, notice, order.map(Order::id), now);
        if (event.isEmpty()) {
            return new Settlement(Settlement.Effect.DUPLICATE, null);
        }
        Settlement settlement = order.map(o -> o.settle(provider, notice, now))
                .orElseGet(
                        () -> new Settlement(Settlement.Effect.UNKNOWN_ORDER, "no order " + notice.orderReference()));
        em.createNativeQuery("UPDATE payment_events SET outcome = ?, detail = ? WHERE id = ?")
                .setParameter(1, settlement.effect().apiName())
                .setParameter(2, Texts.atMost(settlement.note(), 255))
                .setParameter(3, event.get())
                .executeUpdate();
        if (settlement.effect() == Settlement.Effect.UNKNOWN_ORDER) {
            LOG.warning(() -> provider.apiName() + " event " + notice.eventId() + " names no order of this store: "
                    + notice.orderReference());
        } else if (settlement.effect() == Settlement.Effect.REJECTED) {
            audit.record(
                    actor,
                    "order.payment_rejected",
                    "order",
                    order.get().id(),
                    Map.of("event_id", notice.eventId(), "reason", settlement.note()));
        } else {
            fulfilment.carryOut(order.get(), settlement, actor);
        }
        return settlement;
    }

    /** The event's row, or empty when the provider's event id is already there. */
    private Optional<Long> record(PaymentProvider provider, PaymentNotice notice, Optional<Long> orderId, Instant now) {
        String type = Objects.requireNonNullElse(notice.eventType(), "unknown");
        List<?> inserted = em.createNativeQuery(RECORD)
                .setParameter(1, provider.apiName())
                .setParameter(2, notice.eventId())
                .setParameter(3, Texts.atMost(type, 80))
                .setParameter(4, orderId.orElse(null))
                .setParameter(
                        5, notice.amount() == null ? null : notice.amount().amount())
                .setParameter(
                        6, notice.amount() == null ? null : notice.amount().currency())
                .setParameter(7, now.atOffset(ZoneOffset.UTC))
                .getResultList();
        return inserted.stream().findFirst().map(id -> ((Number) id).longValue());
    }
}
