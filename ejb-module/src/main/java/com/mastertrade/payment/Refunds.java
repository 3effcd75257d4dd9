package com.mastertrade.payment;

import com.mastertrade.shared.Actor;
import com.mastertrade.shared.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refunds decided by the store's staff: a paid order, within the refund window after its payment
 * ({@code MT_REFUND_WINDOW_DAYS}, 14 days by default), in full through the provider's refund API, then the order
 * refunded, its licence taken back, the customer told, and the audit log says who and why. The provider is
 * called outside any transaction; if it is down, nothing changes (503). A refund the provider reports by webhook
 * does the same, whatever the window.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Refunds {

    @Inject
    @ConfigProperty(name = "mt.refund-window-days", defaultValue = "14")
    int windowDays;

    @Inject
    Orders orders;

    @Inject
    ProviderSettings settings;

    @Inject
    ProviderCalls calls;

    @Inject
    Clock clock;

    public Order refund(long orderId, String reason, Actor staff) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 255) {
            throw new InvalidInputException("reason", "a reason of 1 to 255 characters is required");
        }
        Order order = orders.get(orderId);
        order.requireRefundable(Duration.ofDays(windowDays), clock.instant());
        String refundReference = calls.refund(order.provider(), order.payment(), settings.credentials(order.provider()));
        return orders.refundedByStaff(orderId, reason.strip(), refundReference, staff);
    }
}
