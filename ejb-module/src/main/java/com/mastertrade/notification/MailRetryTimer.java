package com.mastertrade.notification;

import com.mastertrade.shared.tenant.TenantContext;
import com.mastertrade.shared.tenant.TenantRef;
import com.mastertrade.tenancy.TenantRegistry;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Every minute, retries the e-mails that the mail server did not take, tenant by tenant. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailRetryTimer {

    @Inject
    TenantRegistry tenants;

    @Inject
    MailDelivery delivery;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void retryPending() {
        for (TenantRef tenant : tenants.all()) {
            if (tenant.isActive()) {
                TenantContext.run(tenant, () -> delivery.pending().forEach(delivery::deliver));
            }
        }
    }
}
