package com.mastertrade.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import com.mastertrade.shared.SettableClock;
import com.mastertrade.shared.tenant.TenantRef;
import com.mastertrade.shared.tenant.TenantSlug;
import com.mastertrade.shared.tenant.TenantStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A request's store found without asking the database each time: for ten seconds, or until it changes here. */
class TenantDirectoryTest {

    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");
    private static final TenantRef ACME = new TenantRef(7, new TenantSlug("acme"), "Acme", TenantStatus.ACTIVE);
    private static final TenantRef GLOBEX = new TenantRef(8, new TenantSlug("globex"), "Globex", TenantStatus.ACTIVE);

    private final SettableClock clock = new SettableClock(NOW);
    private final List<String> lookups = new ArrayList<>();
    private final TenantDirectory directory = new TenantDirectory();

    TenantDirectoryTest() {
        directory.clock = clock;
        directory.baseDomain = "Mastertrade.Local";
        directory.registry = new TenantRegistry() {
            @Override
            public Optional<Tenant> find(TenantSlug slug) {
                lookups.add("slug " + slug.value());
                return slug.equals(ACME.slug()) ? Optional.of(new StoredTenant(ACME)) : Optional.empty();
            }

            @Override
            public Optional<Tenant> findById(long id) {
                lookups.add("id " + id);
                return Optional.of(id == ACME.id() ? ACME : GLOBEX)
                        .filter(t -> t.id() == id)
                        .map(StoredTenant::new);
            }

            @Override
            public Optional<Tenant> findByDomain(String domain) {
                lookups.add("host " + domain);
                return domain.equals("shop.acme.ci") ? Optional.of(new StoredTenant(ACME)) : Optional.empty();
            }
        };
    }

    @Test
    void aStoreIsLookedUpOnceEveryTenSeconds() {
        assertThat(directory.bySlug("acme")).contains(ACME);
        clock.advance(Duration.ofSeconds(TenantDirectory.TTL_SECONDS - 1));
        assertThat(directory.bySlug("acme")).contains(ACME);
        assertThat(lookups).containsExactly("slug acme");

        clock.advance(Duration.ofSeconds(1));
        assertThat(directory.bySlug("acme")).contains(ACME);
        assertThat(lookups).containsExactly("slug acme", "slug acme");
    }

    @Test
    void anUnknownStoreIsRememberedAsUnknownToo() {
        assertThat(directory.bySlug("nobody")).isEmpty();
        assertThat(directory.byDomain("shop.nobody.ci")).isEmpty();
        assertThat(directory.bySlug("nobody")).isEmpty();
        assertThat(directory.byDomain("shop.nobody.ci")).isEmpty();
        assertThat(lookups).containsExactly("slug nobody", "host shop.nobody.ci");
    }

    @Test
    void aChangeCommittedOnThisNodeIsSeenAtOnceWhicheverWayTheStoreWasFound() {
        directory.bySlug("acme");
        directory.byId(7);
        directory.byDomain("shop.acme.ci");
        lookups.clear();

        directory.onChange(new TenantChanged(ACME));

        assertThat(directory.bySlug("acme")).contains(ACME);
        assertThat(directory.byId(7)).contains(ACME);
        assertThat(directory.byDomain("shop.acme.ci")).contains(ACME);
        assertThat(lookups).containsExactly("slug acme", "id 7", "host shop.acme.ci");
    }

    @Test
    void aChangeToOneStoreKeepsWhatIsKnownOfTheOthers() {
        directory.byId(7);
        directory.byId(8);
        directory.bySlug("nobody");
        lookups.clear();

        directory.onChange(
                new TenantChanged(new TenantRef(8, new TenantSlug("globex"), "Globex", TenantStatus.ACTIVE)));

        directory.byId(7);
        directory.bySlug("nobody");
        directory.byId(8);
        assertThat(lookups).containsExactly("id 8");
    }

    @Test
    void namesThatCannotBeAStoreNeverReachTheDatabase() {
        assertThat(directory.bySlug("../etc")).isEmpty();
        assertThat(directory.bySlug(null)).isEmpty();
        assertThat(directory.byDomain("localhost")).isEmpty();
        assertThat(directory.byDomain(null)).isEmpty();
        assertThat(lookups).isEmpty();
    }

    @Test
    void theBaseDomainIsComparedInLowerCase() {
        assertThat(directory.baseDomain()).isEqualTo("mastertrade.local");
    }

    /** A stored tenant as the registry returns it, with the id the database gave it. */
    private static final class StoredTenant extends Tenant {
        private final TenantRef ref;

        StoredTenant(TenantRef ref) {
            super(ref.slug(), ref.name(), Set.of(), null, NOW);
            this.ref = ref;
        }

        @Override
        public TenantRef toRef() {
            return ref;
        }
    }
}
