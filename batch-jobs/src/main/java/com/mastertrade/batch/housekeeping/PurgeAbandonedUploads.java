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
import java.io.UncheckedIOException;
import java.time.Clock;
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
                purged += TenantContext.call(tenant, () -> {
                    try {
                        return uploads.discardAbandoned(clock.instant());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
        int total = purged;
        LOG.info(() -> "Purged " + total + " abandoned upload(s)");
        return "COMPLETED";
    }
}
