package com.mastertrade.payment;

import com.mastertrade.identity.Caller;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Places an order and opens its provider's checkout. The pending order is committed first, in a transaction of
 * its own; the provider is then called outside any transaction (no connection or lock is held while it answers),
 * and what it answered is recorded in a third. A provider that is down leaves the order pending: 503, and the
 * same order can open its checkout again later.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Checkouts {

    @Inject
    Orders orders;

    @Inject
    ProviderCalls calls;

    public Order place(NewOrder request, Caller caller) {
        return open(orders.place(request, caller).id(), caller);
    }

    /** Opens the checkout of the caller's pending order, or gives the one already open. */
    public Order open(long orderId, Caller caller) {
        Order order = orders.get(orderId, caller);
        if (order.checkoutUrl().isPresent() && order.status() == OrderStatus.PENDING) {
            return order;
        }
        CheckoutPlan plan = orders.checkoutPlan(orderId, caller);
        Checkout checkout;
        try {
            checkout = calls.openCheckout(plan.provider(), plan.request(), plan.credentials());
        } catch (ProviderUnavailableException e) {
            throw new CheckoutNotOpenedException(orderId, e);
        }
        return orders.checkoutOpened(orderId, checkout);
    }
}
