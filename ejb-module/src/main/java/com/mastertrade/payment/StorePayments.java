package com.mastertrade.payment;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/** The current store's orders as gateways look them up while they read a notification. */
@Stateless
@LocalBean
public class StorePayments implements PendingPayments {

    @Inject
    Orders orders;

    @Override
    public Optional<OrderPayment> byProviderReference(PaymentProvider provider, String providerReference) {
        return orders.byProviderReference(provider, providerReference).map(Order::payment);
    }

    @Override
    public Optional<OrderPayment> byOrderReference(String reference) {
        return orders.findByReference(reference).map(Order::payment);
    }

    /** By our own id, as the built-in sandbox names orders in its callbacks. */
    public Optional<OrderPayment> byOrderId(long orderId) {
        return orders.find(orderId).map(Order::payment);
    }
}
