package com.mastertrade.it;

import static com.mastertrade.it.Platform.asOperator;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The same creation sent many times at once: exactly one wins, the others get a clean 409. */
class RacesIT {

    @Test
    void tenSimultaneousSignUpsWithOneEmailCreateOneAccount() throws Exception {
        Platform.Store store = Platform.openStore("race");
        List<Integer> statuses = all(10, () -> store.api()
                .body(Map.of("name", "Racer", "email", "racer@example.test", "password", Platform.PASSWORD,
                        "accept_terms", true))
                .post("/api/auth/register").statusCode());
        assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        store.login("racer@example.test");
    }

    @Test
    void fiveSimultaneousOpeningsOfOneSlugOpenOneStore() throws Exception {
        String slug = Platform.uniqueSlug("race");
        List<Integer> statuses = all(5, () -> asOperator()
                .body(Map.of("slug", slug, "name", "Race",
                        "admin", Map.of("email", "admin@" + slug + ".test", "password", Platform.PASSWORD)))
                .post("/operator/api/tenants").statusCode());
        assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        new Platform.Store(slug, "admin@" + slug + ".test").adminToken();
    }

    private static List<Integer> all(int copies, Callable<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                calls.add(call);
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(calls)) {
                statuses.add(status.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
