package com.mastertrade.notification;

import com.mastertrade.shared.tenant.TenantRef;

/** A notification row was written; observed after the transaction commits. */
record NotificationQueued(TenantRef tenant, long notificationId) {}
