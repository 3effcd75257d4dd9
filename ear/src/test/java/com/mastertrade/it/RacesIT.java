package com.mastertrade.it;

import static com.mastertrade.it.Platform.asOperator;
import static java.util.Collections.nCopies;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** The same creation sent many times at once: exactly one wins, the others get a clean 409. */
class RacesIT {

    @Test
    void tenSimultaneousSignUpsWithOneEmailCreateOneAccount() throws Exception {
        Platform.Store store = Platform.openStore("race");
        Callable<Integer> signUp = () -> store.api()
                .body(Map.of(
                        "name",
                        "Racer",
                        "email",
                        "racer@example.test",
                        "password",
                        Platform.PASSWORD,
                        "accept_terms",
                        true))
                .post("/api/auth/register")
                .statusCode();
        List<Integer> statuses = Concurrently.all(10, nCopies(10, signUp));
        assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        store.login("racer@example.test");
    }

    @Test
    void fiveSimultaneousOpeningsOfOneSlugOpenOneStore() throws Exception {
        String slug = Platform.uniqueSlug("race");
        Callable<Integer> open = () -> asOperator()
                .body(Map.of(
                        "slug",
                        slug,
                        "name",
                        "Race",
                        "admin",
                        Map.of("email", "admin@" + slug + ".test", "password", Platform.PASSWORD)))
                .post("/operator/api/tenants")
                .statusCode();
        List<Integer> statuses = Concurrently.all(5, nCopies(5, open));
        assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        new Platform.Store(slug, "admin@" + slug + ".test").adminToken();
    }
}
