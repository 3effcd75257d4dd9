package com.mastertrade.shared.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TenantContextTest {

    private static TenantRef tenant(String slug) {
        return new TenantRef(slug.length(), new TenantSlug(slug), slug, TenantStatus.ACTIVE);
    }

    @Test
    void nestedScopesRestoreTheOuterTenant() {
        TenantContext.run(tenant("acme"), () -> {
            TenantContext.run(
                    tenant("globex"),
                    () -> assertThat(TenantContext.require().slug().value()).isEqualTo("globex"));
            assertThat(TenantContext.require().slug().value()).isEqualTo("acme");
        });
        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    void theScopeEndsEvenWhenTheWorkFails() {
        assertThatThrownBy(() -> TenantContext.run(tenant("acme"), () -> {
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");
        assertThat(TenantContext.current()).isEmpty();
        assertThatThrownBy(TenantContext::require).isInstanceOf(IllegalStateException.class);
    }
}
