package com.mastertrade.payment;

import com.mastertrade.audit.AuditTrail;
import com.mastertrade.catalog.Product;
import com.mastertrade.catalog.Products;
import com.mastertrade.identity.User;
import com.mastertrade.identity.Users;
import com.mastertrade.licensing.License;
import com.mastertrade.licensing.LicenseLifecycle;
import com.mastertrade.licensing.Licenses;
import com.mastertrade.shared.Actor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * What a change of an order's status gives the customer, in the transaction that changed it: a licence (or the
 * renewal bought) once paid, the licence taken back once refunded, the e-mail of each, an audit entry.
 */
@Stateless
public class Fulfilment {

    @Inject
    Licenses licenses;

    @Inject
    LicenseLifecycle lifecycle;

    @Inject
    Products products;

    @Inject
    Users users;

    @Inject
    PaymentEmails emails;

    @Inject
    AuditTrail audit;

    /** The effect of a provider's event that changed the order. */
    public void carryOut(Order order, Settlement settlement, Actor actor) {
        switch (settlement.effect()) {
            case PAID -> deliver(order, actor);
            case FAILED -> {
                audit.record(actor, "order.failed", "order", order.id(), Map.of("reference", order.reference()));
                emails.paymentFailed(order, users.get(order.userId()), products.get(order.productId()));
            }
            case REFUNDED -> {
                String reason = "order " + order.reference() + " refunded at "
                        + order.provider().apiName();
                audit.record(
                        actor,
                        "order.refunded",
                        "order",
                        order.id(),
                        Map.of("reference", order.reference(), "reason", reason));
                takeBack(order, reason, actor);
            }
            case REFUNDED_UNDELIVERED -> {
                audit.record(
                        actor,
                        "order.refunded",
                        "order",
                        order.id(),
                        Map.of("reference", order.reference(), "delivered", false));
                emails.refundDone(order, users.get(order.userId()), products.get(order.productId()));
            }
            default -> {
                // nothing changed: nothing to give or take back
            }
        }
    }

    /** A licence of the product for a purchase, the days bought for a renewal; then the confirmation. */
    private void deliver(Order order, Actor actor) {
        User customer = users.get(order.userId());
        Product product = products.get(order.productId());
        audit.record(
                actor,
                "order.paid",
                "order",
                order.id(),
                Map.of(
                        "reference",
                        order.reference(),
                        "amount",
                        order.price().amount() + " " + order.price().currency()));
        if (order.renewal().isEmpty()) {
            License license = lifecycle.sell(order.id(), order.productId(), order.userId(), actor);
            emails.paymentConfirmed(order, customer, product, license);
            return;
        }
        Order.LicenseRenewal renewal = order.renewal().get();
        if (!licenses.get(renewal.licenseId()).isRenewable()) {
            // Revoked since the order was placed: the money is in, the days cannot be: staff refund it.
            audit.record(
                    actor,
                    "order.renewal_not_applied",
                    "order",
                    order.id(),
                    Map.of(
                            "license_id",
                            renewal.licenseId(),
                            "reason",
                            "the licence was revoked after the order: refund the order"));
            return;
        }
        License license = lifecycle.renew(renewal.licenseId(), renewal.days(), actor);
        emails.renewalConfirmed(order, customer, product, license);
    }

    /** A refunded order's licence is revoked, or a refunded renewal's days are taken back; then the e-mail. */
    public void takeBack(Order order, String reason, Actor actor) {
        if (order.renewal().isPresent()) {
            Order.LicenseRenewal renewal = order.renewal().get();
            lifecycle.withdrawRenewal(renewal.licenseId(), renewal.days(), reason, actor);
        } else {
            licenses.ofOrder(order.id()).ifPresent(license -> lifecycle.revoke(license.id(), reason, actor));
        }
        emails.refundDone(order, users.get(order.userId()), products.get(order.productId()));
    }
}
