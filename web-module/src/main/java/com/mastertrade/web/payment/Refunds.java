package com.mastertrade.web.payment;

import com.mastertrade.payment.Order;
import com.mastertrade.payment.Orders;
import com.mastertrade.payment.RefundPlan;
import com.mastertrade.shared.Actor;
import com.mastertrade.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Refunds decided by the store's staff: a paid order within the refund window (checked by {@link Orders}), in
 * full through the provider's refund API, called outside any transaction; then the order is refunded, its licence
 * taken back, the customer told, and the audit log says who and why. If the provider is down, nothing changes
 * (503). A refund the provider reports by webhook does the same, whatever the window.
 */
@ApplicationScoped
public class Refunds {

    @Inject
    Orders orders;

    @Inject
    ProviderCalls calls;

    public Order refund(long orderId, String reason, Actor staff) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 255) {
            throw new InvalidInputException("reason", "a reason of 1 to 255 characters is required");
        }
        RefundPlan plan = orders.refundPlan(orderId);
        String refundReference = calls.refund(plan.provider(), plan.payment(), plan.credentials());
        return orders.refundedByStaff(orderId, reason.strip(), refundReference, staff);
    }
}
