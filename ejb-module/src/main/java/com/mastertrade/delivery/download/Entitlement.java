package com.mastertrade.delivery.download;

import com.mastertrade.licensing.License;
import com.mastertrade.licensing.ValidityCode;
import com.mastertrade.payment.OrderStatus;
import com.mastertrade.payment.Orders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Whether a licence entitles its holder to its product's files now: in force (active, trial, or expired but in
 * its grace period) and, when an order sold it, that order paid (not refunded). Asked when a link is made and
 * again at every request of it, so that a licence revoked or an order refunded meanwhile stops the download.
 */
@ApplicationScoped
public class Entitlement {

    @Inject
    Orders orders;

    @Inject
    Clock clock;

    /** 403 {@code LICENSE_NOT_ACTIVE} or {@code ORDER_NOT_PAID} unless the licence entitles to downloads. */
    public void require(License license) {
        ValidityCode code = license.validityAt(clock.instant());
        if (!code.licenseInForce()) {
            throw DownloadRefusal.licenseNotActive(code.name());
        }
        boolean unpaid = license.orderId()
                .flatMap(orders::find)
                .map(order -> order.status() != OrderStatus.PAID)
                .orElse(false);
        if (unpaid) {
            throw DownloadRefusal.orderNotPaid();
        }
    }
}
