package com.mastertrade.notification;

import com.mastertrade.shared.tenant.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Sends a queued e-mail in the background once the transaction that queued it has committed. */
@ApplicationScoped
public class MailDispatcher {

    @Resource
    ManagedExecutorService executor;

    @Inject
    MailDelivery delivery;

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationQueued event) {
        executor.execute(() -> TenantContext.run(event.tenant(), () -> delivery.deliver(event.notificationId())));
    }
}
