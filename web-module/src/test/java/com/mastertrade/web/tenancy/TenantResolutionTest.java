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
            "Shops.Test",
            domain -> Optional.ofNullable(Map.of("shop.acme.ci", ACME).get(domain)),
            slug -> Optional.ofNullable(Map.of("acme", ACME, "globex", GLOBEX).get(slug)));

    @Test
    void theHostNamesTheTenant() {
        assertThat(resolution.resolve("shop.acme.ci", "/api/products", null)).isEqualTo(new Outcome.Found(ACME, null));
    }

    @Test
    void aNameUnderTheBaseDomainNamesTheTenantInAnyCase() {
        assertThat(resolution.resolve("globex.shops.test", "/api/products", null))
                .isEqualTo(new Outcome.Found(GLOBEX, null));
        assertThat(resolution.resolve("GLOBEX.Shops.Test.", "/api/products", null))
                .isEqualTo(new Outcome.Found(GLOBEX, null));
        assertThat(resolution.resolve("Shop.Acme.CI", "/api/products", null)).isEqualTo(new Outcome.Found(ACME, null));
    }

    @Test
    void anUnknownNameUnderTheBaseDomainIsAnUnknownStore() {
        assertThat(resolution.resolve("initech.shops.test", "/health/ready", null))
                .isEqualTo(new Outcome.Unknown("initech"));
        assertThat(resolution.resolve("a.b.shops.test", "/", null)).isEqualTo(new Outcome.Unknown("a.b"));
        assertThat(resolution.resolve("initech.shops.test", "/t/acme/api/products", null))
                .isEqualTo(new Outcome.Unknown("initech"));
    }

    @Test
    void thePlatformsOwnHostsNameNoStore() {
        for (String host : new String[] {"shops.test", "www.shops.test", "api.shops.test", "localhost", "10.0.0.5"}) {
            assertThat(resolution.resolve(host, "/health/ready", null)).as(host).isEqualTo(new Outcome.None());
        }
        assertThat(resolution.resolve("www.shops.test", "/t/acme/api/products", null))
                .isEqualTo(new Outcome.Found(ACME, "/api/products"));
        assertThat(resolution.resolve("[::1]", "/api/products", "globex")).isEqualTo(new Outcome.Found(GLOBEX, null));
    }

    @Test
    void aDomainThatIsNoStoresLeavesTheOtherSources() {
        assertThat(resolution.resolve("platform.example.com", "/api/products", null))
                .isEqualTo(new Outcome.None());
        assertThat(resolution.resolve("platform.example.com", "/api/products", "acme"))
                .isEqualTo(new Outcome.Found(ACME, null));
    }

    @Test
    void onlyShortSlugLikeNamesAreRepeatedInMessages() {
        assertThat(TenantResolution.quotable("initech")).contains("initech");
        assertThat(TenantResolution.quotable("no-such-store-42")).contains("no-such-store-42");
        assertThat(TenantResolution.quotable("a".repeat(70_000))).isEmpty();
        assertThat(TenantResolution.quotable("Robert'); DROP")).isEmpty();
        assertThat(TenantResolution.quotable("<script>")).isEmpty();
        assertThat(TenantResolution.quotable("a.b")).isEmpty();
        assertThat(TenantResolution.quotable("")).isEmpty();
        assertThat(TenantResolution.quotable(null)).isEmpty();
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
