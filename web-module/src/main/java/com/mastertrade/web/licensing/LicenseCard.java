package com.mastertrade.web.licensing;

import com.mastertrade.licensing.License;
import com.mastertrade.web.pages.Pages;
import java.time.Duration;
import java.time.Instant;

/**
 * A licence as the customer's pages show it: which software, its key and state, until when and how many days
 * are left (a licence ending within {@value #SOON_DAYS} days is flagged), its devices.
 */
public record LicenseCard(
        long id,
        String product,
        String key,
        String status,
        String expiry,
        Long daysLeft,
        boolean endingSoon,
        boolean usable,
        boolean renewable,
        int devices,
        int maxDevices) {

    static final int SOON_DAYS = 30;

    static LicenseCard of(License license, String product, Instant now) {
        Long daysLeft = license.expiry()
                .map(end -> Math.max(0, (Duration.between(now, end).toHours() + 23) / 24))
                .orElse(null);
        boolean usable = license.validityAt(now).licenseInForce();
        return new LicenseCard(
                license.id(),
                product,
                license.key().value(),
                license.status().name().toLowerCase(java.util.Locale.ROOT),
                license.expiry().map(Pages::date).orElse(null),
                daysLeft,
                usable && daysLeft != null && daysLeft <= SOON_DAYS,
                usable,
                license.isRenewable(),
                license.activationsCount(),
                license.maxActivations());
    }
}
