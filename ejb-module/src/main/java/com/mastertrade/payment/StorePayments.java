package com.mastertrade.payment;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The current store's orders as gateways look them up while they read a notification. */
@Stateless
@LocalBean
public class StorePayments implements PendingPayments {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<OrderPayment> byProviderReference(PaymentProvider provider, String providerReference) {
        return em.createNamedQuery("CustomerOrder.byProviderReference", Order.class)
                .setParameter("provider", provider.apiName()).setParameter("reference", providerReference)
                .getResultStream().findFirst().map(Order::payment);
    }

    @Override
    public Optional<OrderPayment> byOrderReference(String reference) {
        return em.createNamedQuery("CustomerOrder.byReference", Order.class).setParameter("reference", reference)
                .getResultStream().findFirst().map(Order::payment);
    }

    /** By our own id, as the built-in sandbox names orders in its callbacks. */
    public Optional<OrderPayment> byOrderId(long orderId) {
        return Optional.ofNullable(em.find(Order.class, orderId)).map(Order::payment);
    }
}
