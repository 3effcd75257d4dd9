package com.mastertrade.batch.housekeeping;

import com.mastertrade.idempotency.IdempotencyKeys;
import com.mastertrade.shared.tenant.TenantRef;
import com.mastertrade.tenancy.TenantRegistry;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;

/** Deletes the Idempotency-Keys older than 24 h, store by store and the operators' (ADR 0012). */
@Named
@Dependent
public class PurgeExpiredIdempotencyKeys extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(PurgeExpiredIdempotencyKeys.class.getName());

    @Inject
    TenantRegistry tenants;

    @Inject
    IdempotencyKeys keys;

    @Override
    public String process() {
        int purged = keys.purgeExpiredOfOperators();
        for (TenantRef tenant : tenants.all()) {
            if (tenant.hasSchema()) {
                purged += keys.purgeExpired(tenant);
            }
        }
        int total = purged;
        LOG.info(() -> "Purged " + total + " expired idempotency key(s)");
        return "COMPLETED";
    }
}
