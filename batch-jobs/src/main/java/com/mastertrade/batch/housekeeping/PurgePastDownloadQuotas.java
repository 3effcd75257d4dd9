package com.mastertrade.batch.housekeeping;

import com.mastertrade.delivery.download.DownloadQuota;
import com.mastertrade.shared.tenant.TenantContext;
import com.mastertrade.shared.tenant.TenantRef;
import com.mastertrade.tenancy.TenantRegistry;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Deletes, store by store, the download quota's counts of past days (a row per link used and per licence and
 * day), once no link of those days can be resumed. A store still being opened has no schema and is skipped.
 */
@Named
@Dependent
public class PurgePastDownloadQuotas extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(PurgePastDownloadQuotas.class.getName());

    @Inject
    TenantRegistry tenants;

    @Inject
    DownloadQuota quota;

    @Inject
    Clock clock;

    @Override
    public String process() {
        int purged = 0;
        for (TenantRef tenant : tenants.all()) {
            if (tenant.hasSchema()) {
                purged += TenantContext.call(tenant, () -> quota.forgetPastDays(clock.instant()));
            }
        }
        int total = purged;
        LOG.info(() -> "Purged " + total + " download quota row(s) of past days");
        return "COMPLETED";
    }
}
