package com.mastertrade.web.payment;

import com.mastertrade.payment.Order;
import com.mastertrade.web.pages.Pages;

/** An order as the customer's pages list it. */
public record OrderLine(
        long id, String reference, String product, String amount, String status, String provider, String date) {

    static OrderLine of(Order order, String product) {
        return new OrderLine(
                order.id(),
                order.reference(),
                product,
                order.price().format(Pages.locale()),
                order.status().apiName(),
                order.provider().apiName(),
                Pages.dateTime(order.createdAt()));
    }

    public boolean isPending() {
        return "pending".equals(status);
    }

    /** Whether the customer can still pay it: waiting for its payment, or after a failed one. */
    public boolean isPayable() {
        return isPending() || "failed".equals(status);
    }
}
