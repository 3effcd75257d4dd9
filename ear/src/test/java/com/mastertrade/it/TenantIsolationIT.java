package com.mastertrade.it;

import static com.mastertrade.it.Platform.licenseCall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two stores side by side: nothing of one is visible or usable in the other, also when both are busy at
 * once. Each store's ids start at 1, so the same id names a row in each: asked for an id, a store answers its
 * own row or 404, never the other's. Users carry a relationship (their role), so related entities are loaded
 * concurrently too.
 */
class TenantIsolationIT {

    private static Platform.Store alpha;
    private static Platform.Store beta;
    private static String alphaAdmin;
    private static String betaAdmin;
    private static long alphaCustomer;
    private static long betaCustomer;
    /** Alpha's rows, more of each than beta has: some of their ids are beta's too, some are not. */
    private static final List<Long> ALPHA_PRODUCTS = new ArrayList<>();

    private static final List<Long> ALPHA_LICENSES = new ArrayList<>();
    private static final List<Long> ALPHA_ORDERS = new ArrayList<>();

    @BeforeAll
    static void twoStores() {
        alpha = Platform.openStore("alpha");
        beta = Platform.openStore("beta");
        alphaAdmin = alpha.adminToken();
        betaAdmin = beta.adminToken();
        alphaCustomer = alpha.register("customer@alpha.test");
        betaCustomer = beta.register("customer@beta.test");
        for (int i = 0; i < 5; i++) {
            alpha.register("a" + i + "@alpha.test");
            beta.register("b" + i + "@beta.test");
        }
        Payments.enableSandbox(alpha, alphaAdmin);
        Payments.enableSandbox(beta, betaAdmin);
        String alphaBuyer = alpha.login("customer@alpha.test");
        for (int i = 0; i < 3; i++) {
            long product = alpha.createProduct(alphaAdmin, "ALPHA-" + i, 365, 2, 0);
            ALPHA_PRODUCTS.add(product);
            ALPHA_LICENSES.add(issue(alpha, alphaAdmin, product, alphaCustomer));
            ALPHA_ORDERS.add(Payments.placeOrder(alpha, alphaBuyer, product));
        }
        long betaProduct = beta.createProduct(betaAdmin, "BETA-0", 365, 2, 0);
        issue(beta, betaAdmin, betaProduct, betaCustomer);
        Payments.placeOrder(beta, beta.login("customer@beta.test"), betaProduct);
    }

    @Test
    void theSameEmailIsTwoDifferentAccountsInTwoStores() throws Exception {
        long inAlpha = alpha.register("shared@both.test");
        long inBeta = beta.register("shared@both.test");
        assertThat(alpha.as(alpha.login("shared@both.test"))
                        .get("/api/users/me")
                        .jsonPath()
                        .getLong("id"))
                .isEqualTo(inAlpha);
        assertThat(beta.as(beta.login("shared@both.test"))
                        .get("/api/users/me")
                        .jsonPath()
                        .getLong("id"))
                .isEqualTo(inBeta);
        assertThat(column(alpha, "users", "email", inAlpha)).contains("shared@both.test");
        assertThat(column(beta, "users", "email", inBeta)).contains("shared@both.test");
    }

    @Test
    void aTokenOfOneStoreIsRefusedByTheOther() {
        beta.as(alphaAdmin).get("/api/users/me").then().statusCode(401).body("error.code", equalTo("INVALID_TOKEN"));
        beta.as(alphaAdmin).get("/api/admin/users").then().statusCode(401).body("error.code", equalTo("INVALID_TOKEN"));
        beta.as(alpha.login("customer@alpha.test"))
                .get("/api/users/" + betaCustomer)
                .then()
                .statusCode(401);
        alpha.api()
                .body(Map.of("email", "customer@beta.test", "password", Platform.PASSWORD))
                .post("/api/auth/login")
                .then()
                .statusCode(401);
    }

    /** Beta's staff asking for alpha's real ids: beta's row with that id, or 404; never alpha's. */
    @Test
    void anIdOfAnotherStoreNamesThisStoresOwnRowOrNothing() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (long id : ALPHA_PRODUCTS) {
            leaks.add(ownRowOr404(beta.as(betaAdmin).get("/api/admin/products/" + id), "products", "sku", "sku", id));
        }
        for (long id : ALPHA_LICENSES) {
            leaks.add(ownRowOr404(
                    beta.as(betaAdmin).get("/api/admin/licenses/" + id), "licenses", "license_key", "key", id));
            leaks.add(ownRowOr404(beta.as(betaAdmin).get("/api/licenses/" + id), "licenses", "license_key", "key", id));
        }
        for (long id : ALPHA_ORDERS) {
            leaks.add(ownRowOr404(
                    beta.as(betaAdmin).get("/api/admin/orders/" + id), "orders", "reference", "reference", id));
            leaks.add(ownRowOr404(beta.as(betaAdmin).get("/api/orders/" + id), "orders", "reference", "reference", id));
        }
        for (long id : List.of(alphaCustomer, alphaCustomer + 3, alphaCustomer + 50)) {
            leaks.add(ownRowOr404(beta.as(betaAdmin).get("/api/users/" + id), "users", "email", "email", id));
        }
        assertThat(leaks).filteredOn(Objects::nonNull).isEmpty();
    }

    /** A customer of beta asking for alpha's licences and orders by id: 404 each, as for anyone else's. */
    @Test
    void aCustomerOfAnotherStoreFindsNoneOfItsRows() {
        String betaBuyer = beta.login("customer@beta.test");
        for (long id : ALPHA_LICENSES) {
            if (!column(beta, "licenses", "user_id", id).equals(Optional.of(Long.toString(betaCustomer)))) {
                beta.as(betaBuyer).get("/api/licenses/" + id).then().statusCode(404);
            }
        }
        for (long id : ALPHA_ORDERS) {
            if (!column(beta, "orders", "user_id", id).equals(Optional.of(Long.toString(betaCustomer)))) {
                beta.as(betaBuyer).get("/api/orders/" + id).then().statusCode(404);
            }
        }
    }

    @Test
    void busyStoresNeverSeeEachOthersRows() throws Exception {
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

    /**
     * Both stores written at once (orders placed, devices activated): each row lands in the schema of the store
     * it was written through, read back past the application.
     */
    @Test
    void busyStoresWriteOnlyTheirOwnSchema() throws Exception {
        Map<Platform.Store, Long> products = Map.of(
                alpha, alpha.createProduct(alphaAdmin, "ALPHA-BUSY", 365, 20, 0),
                beta, beta.createProduct(betaAdmin, "BETA-BUSY", 365, 20, 0));
        Map<Platform.Store, String> buyers =
                Map.of(alpha, alpha.login("customer@alpha.test"), beta, beta.login("customer@beta.test"));
        Map<Platform.Store, String> keys = Map.of(
                alpha,
                alpha.licenseKey(alphaAdmin, issue(alpha, alphaAdmin, products.get(alpha), null)),
                beta,
                beta.licenseKey(betaAdmin, issue(beta, betaAdmin, products.get(beta), null)));
        List<Callable<String>> writes = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            for (Platform.Store store : List.of(alpha, beta)) {
                String device = store.slug() + "-pc-" + i;
                writes.add(() -> store.as(buyers.get(store))
                                .body(Map.of("product_id", products.get(store), "provider", "sandbox"))
                                .post("/api/orders")
                                .statusCode()
                        + " order in " + store.slug());
                writes.add(() ->
                        licenseCall("activate", keys.get(store), device).statusCode() + " activation of " + device);
            }
        }

        assertThat(Concurrently.all(16, writes)).allMatch(answer -> answer.startsWith("20"));

        for (Platform.Store store : List.of(alpha, beta)) {
            Platform.Store other = store.equals(alpha) ? beta : alpha;
            assertThat(count(store, "orders WHERE product_id = ?", products.get(store)))
                    .as("orders in %s", store.slug())
                    .isEqualTo(15);
            List<String> devices =
                    SlotRows.ofKey(store, keys.get(store)).assertConsistent().liveDevices();
            assertThat(devices).hasSize(15).allMatch(device -> device.startsWith(store.slug() + "-pc-"));
            assertThat(count(other, "licenses WHERE license_key = ?", keys.get(store)))
                    .as("%s's licence in %s", store.slug(), other.slug())
                    .isZero();
            assertThat(count(other, "license_activations WHERE device_id LIKE ?", store.slug() + "-pc-%"))
                    .as("%s's devices in %s", store.slug(), other.slug())
                    .isZero();
        }
    }

    private static long issue(Platform.Store store, String admin, long product, Long user) {
        Map<String, Object> body =
                user == null ? Map.of("product_id", product) : Map.of("product_id", product, "user_id", user);
        return store.issueLicense(admin, body);
    }

    /**
     * Null when beta answered its own row with that id (its column as the field), or 404 where it has none; else
     * what leaked.
     */
    private static String ownRowOr404(Response answer, String table, String column, String field, long id) {
        Optional<String> own = column(beta, table, column, id);
        if (own.isEmpty()) {
            return answer.statusCode() == 404
                    ? null
                    : table + " " + id + ": " + answer.statusCode() + " " + answer.asString();
        }
        if (answer.statusCode() == 200 && own.get().equals(answer.jsonPath().getString(field))) {
            return null;
        }
        return table + " " + id + ": beta has " + own.get() + ", answered " + answer.statusCode() + " "
                + answer.asString();
    }

    private static Optional<String> column(Platform.Store store, String table, String column, long id) {
        try (Connection db = Platform.database();
                PreparedStatement query = db.prepareStatement(
                        "SELECT " + column + " FROM " + store.schema() + "." + table + " WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static long count(Platform.Store store, String fromWhere, Object value) throws Exception {
        try (Connection db = Platform.database();
                PreparedStatement query =
                        db.prepareStatement("SELECT count(*) FROM " + store.schema() + "." + fromWhere)) {
            query.setObject(1, value);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
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
