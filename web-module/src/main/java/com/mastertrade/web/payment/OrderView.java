package com.mastertrade.web.payment;

import com.mastertrade.payment.Order;
import com.mastertrade.payment.OrderTransition;
import com.mastertrade.payment.Payment;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * An order as the store API shows it (API.md: {@code {id, status, amount, currency, provider, checkout_url}} and
 * more). {@code license_id} is the licence it sold, or the one it renews; {@code transitions} and
 * {@code payments} are given for one order, null in lists.
 */
public record OrderView(
        long id,
        String reference,
        String kind,
        String status,
        long userId,
        long productId,
        Long renewsLicenseId,
        Long licenseId,
        long amount,
        String currency,
        String provider,
        URI checkoutUrl,
        Instant createdAt,
        Instant updatedAt,
        Instant paidAt,
        Instant refundedAt,
        List<TransitionView> transitions,
        List<PaymentView> payments) {

    /** A change of status: {@code from} is null for the order's creation. */
    public record TransitionView(String from, String to, String reason, Instant at) {
        static TransitionView of(OrderTransition transition) {
            return new TransitionView(
                    transition.from().map(s -> s.apiName()).orElse(null),
                    transition.to().apiName(),
                    transition.reason(),
                    transition.at());
        }
    }

    /** A payment as the provider reported it. */
    public record PaymentView(
            String providerReference,
            String status,
            long amount,
            String currency,
            Instant createdAt,
            Instant updatedAt) {
        static PaymentView of(Payment payment) {
            return new PaymentView(
                    payment.providerReference(),
                    payment.status().apiName(),
                    payment.amount().amount(),
                    payment.amount().currency(),
                    payment.createdAt(),
                    payment.updatedAt());
        }
    }

    static OrderView summary(Order order, Long soldLicenseId) {
        return of(order, soldLicenseId, null, null);
    }

    static OrderView detail(Order order, Long soldLicenseId) {
        return of(
                order,
                soldLicenseId,
                order.transitions().stream().map(TransitionView::of).toList(),
                order.payments().stream().map(PaymentView::of).toList());
    }

    private static OrderView of(
            Order order, Long soldLicenseId, List<TransitionView> transitions, List<PaymentView> payments) {
        Long renewed = order.renewal().map(Order.LicenseRenewal::licenseId).orElse(null);
        return new OrderView(
                order.id(),
                order.reference(),
                order.kind().apiName(),
                order.status().apiName(),
                order.userId(),
                order.productId(),
                renewed,
                renewed != null ? renewed : soldLicenseId,
                order.price().amount(),
                order.price().currency(),
                order.provider().apiName(),
                order.checkoutUrl().orElse(null),
                order.createdAt(),
                order.updatedAt(),
                order.paidAt().orElse(null),
                order.refundedAt().orElse(null),
                transitions,
                payments);
    }
}
