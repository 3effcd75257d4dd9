package com.mastertrade.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two stores side by side: nothing of one is visible or usable in the other, also when both are busy at
 * once. Users carry a relationship (their role), so related entities are loaded concurrently too.
 */
class TenantIsolationIT {

    private static Platform.Store alpha;
    private static Platform.Store beta;
    private static long alphaCustomer;
    private static long betaCustomer;

    @BeforeAll
    static void twoStores() {
        alpha = Platform.openStore("alpha");
        beta = Platform.openStore("beta");
        alphaCustomer = alpha.register("customer@alpha.test");
        betaCustomer = beta.register("customer@beta.test");
        for (int i = 0; i < 5; i++) {
            alpha.register("a" + i + "@alpha.test");
            beta.register("b" + i + "@beta.test");
        }
    }

    @Test
    void theSameEmailIsTwoDifferentAccountsInTwoStores() {
        alpha.register("shared@both.test");
        beta.register("shared@both.test");
        alpha.login("shared@both.test");
        beta.login("shared@both.test");
    }

    @Test
    void aTokenOfOneStoreIsRefusedByTheOther() {
        String alphaAdmin = alpha.adminToken();
        beta.as(alphaAdmin).get("/api/users/me").then().statusCode(401).body("error.code", equalTo("INVALID_TOKEN"));
        beta.as(alphaAdmin).get("/api/admin/users").then().statusCode(401).body("error.code", equalTo("INVALID_TOKEN"));
        beta.as(alpha.login("customer@alpha.test"))
                .get("/api/users/" + betaCustomer)
                .then()
                .statusCode(401);
    }

    @Test
    void anIdOfAnotherStoreIsNotFound() {
        String betaAdmin = beta.adminToken();
        long unusedInBeta = alphaCustomer + 1_000;
        beta.as(betaAdmin).get("/api/users/" + unusedInBeta).then().statusCode(404);
        alpha.api()
                .body(Map.of("email", "customer@beta.test", "password", Platform.PASSWORD))
                .post("/api/auth/login")
                .then()
                .statusCode(401);
    }

    @Test
    void busyStoresNeverSeeEachOthersRows() throws Exception {
        String alphaAdmin = alpha.adminToken();
        String betaAdmin = beta.adminToken();
        String alphaUser = alpha.login("customer@alpha.test");
        String betaUser = beta.login("customer@beta.test");
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            calls.add(() -> check(alpha.as(alphaAdmin).queryParam("size", 100).get("/api/admin/users"), "alpha.test"));
            calls.add(() -> check(beta.as(betaAdmin).queryParam("size", 100).get("/api/admin/users"), "beta.test"));
            calls.add(() -> check(alpha.as(alphaUser).get("/api/users/me"), "alpha.test"));
            calls.add(() -> check(beta.as(betaUser).get("/api/users/me"), "beta.test"));
        }
        assertThat(Concurrently.all(16, calls)).filteredOn(Objects::nonNull).isEmpty();
    }

    /** Null when every email in the answer belongs to the expected store, else what went wrong. */
    private static String check(Response response, String storeDomain) {
        if (response.statusCode() != 200) {
            return "status " + response.statusCode() + ": " + response.asString();
        }
        List<String> emails = response.jsonPath().get("items") != null
                ? response.jsonPath().getList("items.email")
                : List.of(response.jsonPath().getString("email"));
        for (String email : emails) {
            boolean ours = email.endsWith("@" + storeDomain)
                    || (email.endsWith(".test")
                            && email.startsWith(
                                    "admin@" + (storeDomain.startsWith("alpha") ? alpha.slug() : beta.slug())));
            if (!ours && !email.equals("shared@both.test")) {
                return "store " + storeDomain + " answered " + email;
            }
        }
        return emails.isEmpty() ? "no users in " + storeDomain : null;
    }
}
