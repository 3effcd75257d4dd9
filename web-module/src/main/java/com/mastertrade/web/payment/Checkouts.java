package com.mastertrade.web.payment;

import com.mastertrade.identity.Caller;
import com.mastertrade.payment.Checkout;
import com.mastertrade.payment.CheckoutPlan;
import com.mastertrade.payment.NewOrder;
import com.mastertrade.payment.Order;
import com.mastertrade.payment.OrderStatus;
import com.mastertrade.payment.Orders;
import com.mastertrade.payment.ProviderUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Places an order and opens its provider's checkout. The pending order is committed first, in a transaction of
 * its own; the provider is then called outside any transaction (no connection or lock is held while it answers),
 * and what it answered is recorded in a third. A provider that is down leaves the order pending: 503, and the
 * same order can open its checkout again later.
 */
@ApplicationScoped
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
        if (order.status() == OrderStatus.PAID
                || (order.checkoutUrl().isPresent() && order.status() == OrderStatus.PENDING)) {
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
