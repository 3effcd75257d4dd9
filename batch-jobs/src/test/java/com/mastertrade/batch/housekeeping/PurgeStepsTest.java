package com.mastertrade.batch.housekeeping;

import static org.assertj.core.api.Assertions.assertThat;

import com.mastertrade.delivery.UploadReception;
import com.mastertrade.delivery.download.DownloadQuota;
import com.mastertrade.idempotency.IdempotencyKeys;
import com.mastertrade.identity.PasswordResets;
import com.mastertrade.shared.tenant.TenantContext;
import com.mastertrade.shared.tenant.TenantRef;
import com.mastertrade.shared.tenant.TenantSlug;
import com.mastertrade.shared.tenant.TenantStatus;
import com.mastertrade.tenancy.TenantRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The purge steps visit every store that has a schema, suspended ones included, and skip a store still being
 * opened: its schema may not exist yet, and one such store used to fail the whole nightly job.
 */
class PurgeStepsTest {

    private static final TenantRef ACME = store(1, "acme", TenantStatus.ACTIVE);
    private static final TenantRef OPENING = store(2, "opening", TenantStatus.PROVISIONING);
    private static final TenantRef PAUSED = store(3, "paused", TenantStatus.SUSPENDED);

    private final TenantRegistry registry = new TenantRegistry() {
        @Override
        public List<TenantRef> all() {
            return List.of(ACME, OPENING, PAUSED);
        }
    };

    private final List<String> visited = new ArrayList<>();

    @Test
    void resetLinksArePurgedInEveryStoreWithASchemaAndTheirCountsAdded() {
        PurgeExpiredTokens step = new PurgeExpiredTokens();
        step.tenants = registry;
        step.resets = new PasswordResets() {
            @Override
            public int purgeStale() {
                visited.add(TenantContext.require().slug().value());
                return 2;
            }
        };

        assertThat(step.process()).isEqualTo("COMPLETED");
        assertThat(visited).containsExactly("acme", "paused");
    }

    @Test
    void idempotencyKeysArePurgedForTheOperatorsAndEveryStoreWithASchema() {
        PurgeExpiredIdempotencyKeys step = new PurgeExpiredIdempotencyKeys();
        step.tenants = registry;
        step.keys = new IdempotencyKeys() {
            @Override
            public int purgeExpired(TenantRef store) {
                visited.add(store.slug().value());
                return 1;
            }

            @Override
            public int purgeExpiredOfOperators() {
                visited.add("operators");
                return 1;
            }
        };

        assertThat(step.process()).isEqualTo("COMPLETED");
        assertThat(visited).containsExactly("operators", "acme", "paused");
    }

    @Test
    void abandonedUploadsArePurgedInEveryStoreWithASchema() {
        PurgeAbandonedUploads step = new PurgeAbandonedUploads();
        step.tenants = registry;
        step.clock = Clock.fixed(Instant.parse("2026-12-02T03:15:00Z"), ZoneOffset.UTC);
        step.uploads = new UploadReception() {
            @Override
            public int discardAbandoned(Instant now) {
                visited.add(TenantContext.require().slug().value() + "@" + now);
                return 1;
            }
        };

        assertThat(step.process()).isEqualTo("COMPLETED");
        assertThat(visited).containsExactly("acme@2026-12-02T03:15:00Z", "paused@2026-12-02T03:15:00Z");
    }

    @Test
    void pastDownloadQuotasArePurgedInEveryStoreWithASchema() {
        PurgePastDownloadQuotas step = new PurgePastDownloadQuotas();
        step.tenants = registry;
        step.clock = Clock.fixed(Instant.parse("2026-12-02T03:15:00Z"), ZoneOffset.UTC);
        step.quota = new DownloadQuota() {
            @Override
            public int forgetPastDays(Instant now) {
                visited.add(TenantContext.require().slug().value() + "@" + now);
                return 2;
            }
        };

        assertThat(step.process()).isEqualTo("COMPLETED");
        assertThat(visited).containsExactly("acme@2026-12-02T03:15:00Z", "paused@2026-12-02T03:15:00Z");
    }

    private static TenantRef store(long id, String slug, TenantStatus status) {
        return new TenantRef(id, new TenantSlug(slug), slug, status);
    }
}
