package com.mastertrade.batch.housekeeping;

import com.mastertrade.identity.PasswordResets;
import com.mastertrade.shared.tenant.TenantContext;
import com.mastertrade.shared.tenant.TenantRef;
import com.mastertrade.tenancy.TenantRegistry;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;

/** Deletes, tenant by tenant, the password reset links that can no longer be used. */
@Named
@Dependent
public class PurgeExpiredTokens extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(PurgeExpiredTokens.class.getName());

    @Inject
    TenantRegistry tenants;

    @Inject
    PasswordResets resets;

    @Override
    public String process() {
        int purged = 0;
        for (TenantRef tenant : tenants.all()) {
            if (tenant.hasSchema()) {
                purged += TenantContext.call(tenant, resets::purgeStale);
            }
        }
        int total = purged;
        LOG.info(() -> "Purged " + total + " stale password reset link(s)");
        return "COMPLETED";
    }
}
