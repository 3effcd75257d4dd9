package com.mastertrade.web.payment;

import com.mastertrade.payment.Order;
import com.mastertrade.payment.OrderStatus;
import com.mastertrade.web.pages.Handoffs;
import com.mastertrade.web.pages.Pages;

/**
 * Where a customer's browser goes with an order whose checkout was just opened: the provider's page while the
 * order waits for its payment (through {@link Handoffs}, back to the order's page), the order's own page once
 * it is paid.
 */
final class PaymentHandoff {

    private PaymentHandoff() {}

    static void goOn(Order order) {
        String orderPage = "/orders/" + order.id();
        if (order.status() == OrderStatus.PAID) {
            Pages.redirect(orderPage);
        } else {
            Handoffs.leaveFor(
                    order.checkoutUrl().orElseThrow().toString(),
                    Handoffs.Kind.PAYMENT,
                    Pages.link(Pages.request(), orderPage));
        }
    }
}
