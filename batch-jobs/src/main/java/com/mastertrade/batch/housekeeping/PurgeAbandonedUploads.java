package com.mastertrade.batch.housekeeping;

import com.mastertrade.delivery.UploadReception;
import com.mastertrade.shared.tenant.TenantContext;
import com.mastertrade.shared.tenant.TenantRef;
import com.mastertrade.tenancy.TenantRegistry;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes, store by store, the uploads abandoned for a day: unfinished and untouched, or finished and named by
 * no release (their stored bytes too). A store still being opened has no schema and is skipped.
 */
@Named
@Dependent
public class PurgeAbandonedUploads extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(PurgeAbandonedUploads.class.getName());

    @Inject
    TenantRegistry tenants;

    @Inject
    UploadReception uploads;

    @Inject
    Clock clock;

    @Override
    public String process() {
        int purged = 0;
        for (TenantRef tenant : tenants.all()) {
            if (tenant.hasSchema()) {
                purged += TenantContext.call(tenant, this::purgeCurrentStore);
            }
        }
        int total = purged;
        LOG.info(() -> "Purged " + total + " abandoned upload(s)");
        return "COMPLETED";
    }

    /** A store whose files cannot be reached now is tried again the next night; the others are purged. */
    private int purgeCurrentStore() {
        try {
            return uploads.discardAbandoned(clock.instant());
        } catch (IOException e) {
            LOG.log(
                    Level.WARNING,
                    e,
                    () -> "Abandoned uploads of " + TenantContext.require().slug() + " stay: " + e.getMessage());
            return 0;
        }
    }
}
