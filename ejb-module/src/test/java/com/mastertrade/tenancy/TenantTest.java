package com.mastertrade.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mastertrade.shared.ConflictException;
import com.mastertrade.shared.tenant.TenantSlug;
import com.mastertrade.shared.tenant.TenantStatus;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TenantTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

    private final Tenant tenant = new Tenant(new TenantSlug("acme"), "Acme", Set.of("shop.acme.ci"), null, NOW);

    @Test
    void startsProvisioningInItsOwnSchema() {
        assertThat(tenant.status()).isEqualTo(TenantStatus.PROVISIONING);
        assertThat(tenant.schema()).isEqualTo("tenant_acme");
        assertThat(tenant.brandingJson()).isEqualTo("{}");
    }

    @Test
    void cannotBeSuspendedOrResumedBeforeItIsProvisioned() {
        assertThatThrownBy(() -> tenant.suspend(NOW))
                .isInstanceOf(ConflictException.class)
                .extracting("code")
                .isEqualTo("TENANT_PROVISIONING");
        assertThatThrownBy(() -> tenant.resume(NOW))
                .isInstanceOf(ConflictException.class)
                .extracting("code")
                .isEqualTo("TENANT_PROVISIONING");
    }

    @Test
    void suspendsAndResumes() {
        tenant.activate(NOW);
        tenant.suspend(NOW.plusSeconds(60));
        assertThat(tenant.status()).isEqualTo(TenantStatus.SUSPENDED);
        tenant.suspend(NOW.plusSeconds(120));
        assertThat(tenant.status()).isEqualTo(TenantStatus.SUSPENDED);
        tenant.resume(NOW.plusSeconds(180));
        assertThat(tenant.status()).isEqualTo(TenantStatus.ACTIVE);
    }

    @Test
    void activatingTwiceChangesNothing() {
        tenant.activate(NOW);
        tenant.suspend(NOW);
        tenant.activate(NOW);
        assertThat(tenant.status()).isEqualTo(TenantStatus.SUSPENDED);
    }
}
