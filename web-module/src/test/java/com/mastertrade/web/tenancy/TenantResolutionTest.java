package com.mastertrade.web.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import com.mastertrade.shared.tenant.TenantRef;
import com.mastertrade.shared.tenant.TenantSlug;
import com.mastertrade.shared.tenant.TenantStatus;
import com.mastertrade.web.tenancy.TenantResolution.Outcome;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TenantResolutionTest {

    private static final TenantRef ACME = new TenantRef(1, new TenantSlug("acme"), "Acme", TenantStatus.ACTIVE);
    private static final TenantRef GLOBEX = new TenantRef(2, new TenantSlug("globex"), "Globex", TenantStatus.ACTIVE);

    private final TenantResolution resolution = new TenantResolution(
            host -> Optional.ofNullable(Map.of("shop.acme.ci", ACME).get(host)),
            slug -> Optional.ofNullable(Map.of("acme", ACME, "globex", GLOBEX).get(slug)));

    @Test
    void theHostNamesTheTenant() {
        assertThat(resolution.resolve("shop.acme.ci", "/api/products", null)).isEqualTo(new Outcome.Found(ACME, null));
    }

    @Test
    void aPathPrefixNamesTheTenantAndTheInnerPath() {
        assertThat(resolution.resolve("localhost", "/t/globex/api/products", null))
                .isEqualTo(new Outcome.Found(GLOBEX, "/api/products"));
        assertThat(resolution.resolve("localhost", "/t/globex", null)).isEqualTo(new Outcome.Found(GLOBEX, "/"));
    }

    @Test
    void theHeaderNamesTheTenantLast() {
        assertThat(resolution.resolve("localhost", "/api/products", "acme")).isEqualTo(new Outcome.Found(ACME, null));
    }

    @Test
    void sourcesThatDisagreeAreAMismatch() {
        assertThat(resolution.resolve("shop.acme.ci", "/t/globex/api/products", null))
                .isEqualTo(new Outcome.Mismatch("acme", "globex"));
        assertThat(resolution.resolve("localhost", "/t/acme/api/products", "globex"))
                .isEqualTo(new Outcome.Mismatch("acme", "globex"));
        assertThat(resolution.resolve("localhost", "/t/acme/api/products", "acme"))
                .isInstanceOf(Outcome.Found.class);
    }

    @Test
    void unknownSlugsAndNoSourceAtAll() {
        assertThat(resolution.resolve("localhost", "/t/initech/api", null)).isEqualTo(new Outcome.Unknown("initech"));
        assertThat(resolution.resolve("localhost", "/api/products", "Robert'); DROP"))
                .isInstanceOf(Outcome.Unknown.class);
        assertThat(resolution.resolve("localhost", "/api/products", null)).isEqualTo(new Outcome.None());
    }
}
