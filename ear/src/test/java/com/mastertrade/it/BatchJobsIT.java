package com.mastertrade.it;

import static com.mastertrade.it.Platform.asOperator;
import static com.mastertrade.it.Platform.runHousekeeping;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Operators run the housekeeping job on demand and read its history; the job does what it says in every store. */
class BatchJobsIT {

    /**
     * A reset link is kept a day after it expired (the admin manual), then housekeeping deletes it: in every store,
     * only the links past that day go.
     */
    @Test
    void housekeepingDeletesInEveryStoreTheResetLinksExpiredOverADayAgoAndKeepsTheOthers() throws Exception {
        List<Platform.Store> stores = List.of(Platform.openStore("house-a"), Platform.openStore("house-b"));
        for (Platform.Store store : stores) {
            for (String who : List.of("stale", "recent", "open")) {
                store.register(who + "@house.test");
                store.api()
                        .body(Map.of("email", who + "@house.test"))
                        .post("/api/auth/forgot")
                        .then()
                        .statusCode(202);
            }
            expireLinkOf(store, "stale@house.test", "2 days");
            expireLinkOf(store, "recent@house.test", "20 hours");
        }

        assertThat(runHousekeeping()).isEqualTo("COMPLETED");

        for (Platform.Store store : stores) {
            assertThat(linksOf(store, "stale@house.test"))
                    .as("in %s", store.slug())
                    .isZero();
            assertThat(linksOf(store, "recent@house.test"))
                    .as("in %s", store.slug())
                    .isEqualTo(1);
            assertThat(linksOf(store, "open@house.test"))
                    .as("in %s", store.slug())
                    .isEqualTo(1);
        }
    }

    @Test
    void unknownJobsAre404AndStoresCannotStartJobs() {
        asOperator()
                .post("/operator/api/jobs/drop-everything/start")
                .then()
                .statusCode(404)
                .body("error.code", equalTo("JOB_NOT_FOUND"));
        given().post("/operator/api/jobs/housekeeping/start").then().statusCode(401);
    }

    private static void expireLinkOf(Platform.Store store, String email, String ago) throws Exception {
        try (Connection db = Platform.database();
                PreparedStatement update = db.prepareStatement("UPDATE " + store.schema()
                        + ".password_reset_tokens SET expires_at = now() - CAST(? AS interval) WHERE user_id ="
                        + " (SELECT id FROM " + store.schema() + ".users WHERE email = ?)")) {
            update.setString(1, ago);
            update.setString(2, email);
            assertThat(update.executeUpdate()).as("%s's reset link", email).isEqualTo(1);
        }
    }

    private static long linksOf(Platform.Store store, String email) throws Exception {
        try (Connection db = Platform.database();
                PreparedStatement query = db.prepareStatement("SELECT count(*) FROM " + store.schema()
                        + ".password_reset_tokens WHERE user_id = (SELECT id FROM " + store.schema()
                        + ".users WHERE email = ?)")) {
            query.setString(1, email);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
