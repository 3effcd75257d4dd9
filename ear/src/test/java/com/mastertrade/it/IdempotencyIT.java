package com.mastertrade.it;

import static com.mastertrade.it.Platform.asOperator;
import static com.mastertrade.it.Platform.runHousekeeping;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code Idempotency-Key} (ADR 0012): a renew, a refund, a licence issued by hand, an order or a store opened
 * again with the same key and body answers the first answer and changes nothing, also when the copies arrive
 * at once; rows are counted in the database.
 */
class IdempotencyIT {

    private static final String KEY = "Idempotency-Key";
    private static final String REPLAYED = "Idempotent-Replayed";

    private static Platform.Store store;
    private static String admin;
    private static long productId;
    private static String secret;

    @BeforeAll
    static void aStoreSellingThroughTheSandbox() {
        store = Platform.openStore("idem");
        admin = store.adminToken();
        productId = store.createProduct(admin, "IDEM-PRO", 365, 2, 0);
        secret = Payments.enableSandbox(store, admin);
    }

    private record Customer(String token, long id) {
        static Customer signUp() {
            String email = "idem-" + UUID.randomUUID().toString().substring(0, 8) + "@idem.test";
            long id = store.register(email);
            return new Customer(store.login(email), id);
        }
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    private static Response renew(String key, int days, long licenseId) {
        return store.as(admin)
                .header(KEY, key)
                .body(Map.of("days", days))
                .post("/api/admin/licenses/" + licenseId + "/renew");
    }

    private static Response order(Customer customer, String key) {
        return store.as(customer.token())
                .header(KEY, key)
                .body(Map.of("product_id", productId, "provider", "sandbox"))
                .post("/api/orders");
    }

    private static long issuedLicense(Customer customer) {
        return store.issueLicense(admin, Map.of("product_id", productId, "user_id", customer.id()));
    }

    private static Instant expiry(long licenseId) {
        return Instant.parse(store.as(admin)
                .get("/api/admin/licenses/" + licenseId)
                .then()
                .statusCode(200)
                .extract()
                .<String>path("expiry_date"));
    }

    private static boolean replayed(Response answer) {
        return "true".equals(answer.getHeader(REPLAYED));
    }

    private static long count(String sql, Object... parameters) throws Exception {
        try (Connection db = Platform.database();
                PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static long ordersOf(Customer customer) throws Exception {
        return count("SELECT count(*) FROM " + store.schema() + ".orders WHERE user_id = ?", customer.id());
    }

    private static List<Response> sixAtOnce(Callable<Response> call) throws Exception {
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(call);
        }
        return Concurrently.all(6, calls);
    }

    @Test
    void aRenewalSentAgainWithItsKeyExtendsTheLicenseOnce() {
        long license = issuedLicense(Customer.signUp());
        Instant before = expiry(license);
        String key = newKey();

        Response first = renew(key, 30, license);
        Response again = renew(key, 30, license);

        first.then().statusCode(200).header(REPLAYED, nullValue());
        again.then().statusCode(200).header(REPLAYED, equalTo("true"));
        assertThat(again.asString()).isEqualTo(first.asString());
        assertThat(expiry(license)).isEqualTo(before.plus(Duration.ofDays(30)));
        renew(newKey(), 30, license).then().statusCode(200).header(REPLAYED, nullValue());
        assertThat(expiry(license)).isEqualTo(before.plus(Duration.ofDays(60)));
    }

    @Test
    void sixRenewalsAtOnceWithOneKeyExtendTheLicenseOnce() throws Exception {
        long license = issuedLicense(Customer.signUp());
        Instant before = expiry(license);
        String key = newKey();

        List<Response> answers = sixAtOnce(() -> renew(key, 30, license));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isIn(200, 409));
        assertThat(answers.stream().filter(a -> a.statusCode() == 200 && !replayed(a)))
                .hasSize(1);
        assertThat(answers.stream().filter(a -> a.statusCode() == 409))
                .allSatisfy(
                        a -> assertThat(a.jsonPath().getString("error.code")).isEqualTo("IDEMPOTENCY_KEY_IN_USE"));
        assertThat(expiry(license)).isEqualTo(before.plus(Duration.ofDays(30)));
        renew(key, 30, license).then().statusCode(200).header(REPLAYED, equalTo("true"));
        assertThat(expiry(license)).isEqualTo(before.plus(Duration.ofDays(30)));
    }

    @Test
    void sixOrdersAtOnceWithOneKeyPlaceOneOrder() throws Exception {
        Customer customer = Customer.signUp();
        String key = newKey();

        List<Response> answers = sixAtOnce(() -> order(customer, key));

        assertThat(ordersOf(customer)).isEqualTo(1);
        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isIn(201, 409));
        assertThat(answers.stream().filter(a -> a.statusCode() == 201 && !replayed(a)))
                .hasSize(1);
        Response retry = order(customer, key);
        retry.then().statusCode(201).header(REPLAYED, equalTo("true"));
        Response placed = answers.stream()
                .filter(a -> a.statusCode() == 201 && !replayed(a))
                .findFirst()
                .orElseThrow();
        assertThat(retry.getHeader("Location")).isEqualTo(placed.getHeader("Location"));
        assertThat(retry.asString()).isEqualTo(placed.asString());
        assertThat(retry.getContentType()).startsWith("application/json");
        assertThat(retry.getHeader("X-Request-Id")).isNotEqualTo(placed.getHeader("X-Request-Id"));
        assertThat(ordersOf(customer)).isEqualTo(1);
    }

    @Test
    void aLicenseIssuedAgainWithItsKeyIsOneLicense() throws Exception {
        Customer customer = Customer.signUp();
        String key = newKey();
        List<Response> answers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            answers.add(store.as(admin)
                    .header(KEY, key)
                    .body(Map.of("product_id", productId, "user_id", customer.id()))
                    .post("/api/admin/licenses"));
        }

        answers.get(0).then().statusCode(201).header(REPLAYED, nullValue());
        answers.get(1).then().statusCode(201).header(REPLAYED, equalTo("true"));
        assertThat(answers.get(1).getHeader("Location"))
                .isEqualTo(answers.get(0).getHeader("Location"));
        assertThat(answers.get(1).jsonPath().getLong("id"))
                .isEqualTo(answers.get(0).jsonPath().getLong("id"));
        assertThat(count("SELECT count(*) FROM " + store.schema() + ".licenses WHERE user_id = ?", customer.id()))
                .isEqualTo(1);
    }

    @Test
    void aRefundSentAgainWithItsKeyRefundsOnce() throws Exception {
        long order = paidOrder(Customer.signUp());
        String key = newKey();
        List<Response> answers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            answers.add(store.as(admin)
                    .header(KEY, key)
                    .body(Map.of("reason", "bought twice"))
                    .post("/api/admin/orders/" + order + "/refund"));
        }

        answers.get(0).then().statusCode(200).body("status", equalTo("refunded"));
        answers.get(1).then().statusCode(200).header(REPLAYED, equalTo("true"));
        assertThat(answers.get(1).asString()).isEqualTo(answers.get(0).asString());
        assertThat(refundsOf(order)).isEqualTo(1);
        // Without the key, the same call is a new request, refused by the order's state.
        store.as(admin)
                .body(Map.of("reason", "bought twice"))
                .post("/api/admin/orders/" + order + "/refund")
                .then()
                .statusCode(409)
                .body("error.code", equalTo("ORDER_NOT_PAID"));
    }

    @Test
    void aFailedActionLetsItsKeyGoButAnOrderPlacedWithoutCheckoutIsNotPlacedAgain() throws Exception {
        Customer customer = Customer.signUp();
        long paid = paidOrder(customer);
        String refundKey = newKey();
        String orderKey = newKey();
        Response refused;
        List<Response> orders = new ArrayList<>();
        sandbox(Map.of("webhook_secret", secret, "simulate_outage", "true"));
        try {
            refused = store.as(admin)
                    .header(KEY, refundKey)
                    .body(Map.of("reason", "provider down"))
                    .post("/api/admin/orders/" + paid + "/refund");
            orders.add(order(customer, orderKey));
            orders.add(order(customer, orderKey));
        } finally {
            sandbox(Map.of("webhook_secret", secret));
        }

        refused.then().statusCode(503).body("error.code", equalTo("PROVIDER_UNAVAILABLE"));
        store.as(admin)
                .header(KEY, refundKey)
                .body(Map.of("reason", "provider down"))
                .post("/api/admin/orders/" + paid + "/refund")
                .then()
                .statusCode(200)
                .header(REPLAYED, nullValue())
                .body("status", equalTo("refunded"));
        assertThat(refundsOf(paid)).isEqualTo(1);

        orders.get(0).then().statusCode(503).header(REPLAYED, nullValue());
        orders.get(1).then().statusCode(503).header(REPLAYED, equalTo("true"));
        assertThat(orders.get(1).getHeader("Location"))
                .isEqualTo(orders.get(0).getHeader("Location"))
                .contains("/api/orders/");
        assertThat(orders.get(1).getHeader("Retry-After")).isEqualTo("30");
        assertThat(ordersOf(customer))
                .as("the paid order and one pending order")
                .isEqualTo(2);
    }

    @Test
    void theSameKeyForAnotherRequestIs422AndChangesNothing() throws Exception {
        Customer customer = Customer.signUp();
        String key = newKey();
        long order =
                order(customer, key).then().statusCode(201).extract().jsonPath().getLong("id");

        store.as(customer.token())
                .header(KEY, key)
                .body(Map.of("product_id", productId, "provider", "sandbox", "currency", "XOF"))
                .post("/api/orders")
                .then()
                .statusCode(422)
                .body("error.code", equalTo("IDEMPOTENCY_KEY_REUSED"))
                .body("error.field", equalTo(KEY));
        // Another path of the caller's own (the ids of others are 404 before any key is looked at).
        store.as(customer.token())
                .header(KEY, key)
                .post("/api/orders/" + order + "/checkout")
                .then()
                .statusCode(422)
                .body("error.code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        assertThat(ordersOf(customer)).isEqualTo(1);
    }

    @Test
    void twoUsersKeysNeverMeet() throws Exception {
        Customer first = Customer.signUp();
        Customer second = Customer.signUp();
        String key = newKey();

        long mine =
                order(first, key).then().statusCode(201).extract().jsonPath().getLong("id");
        Response theirs = order(second, key);

        theirs.then().statusCode(201).header(REPLAYED, nullValue());
        assertThat(theirs.jsonPath().getLong("id")).isNotEqualTo(mine);
        assertThat(theirs.jsonPath().getLong("user_id")).isEqualTo(second.id());
        assertThat(ordersOf(first)).isEqualTo(1);
        assertThat(ordersOf(second)).isEqualTo(1);
    }

    @Test
    void aKeyIsForgottenAfterTwentyFourHoursAndPurgedByHousekeeping() throws Exception {
        long license = issuedLicense(Customer.signUp());
        Instant before = expiry(license);
        String key = newKey();
        String recent = newKey();
        renew(key, 30, license).then().statusCode(200);
        renew(recent, 30, license).then().statusCode(200);

        assertThat(olderByADay(key)).isEqualTo(1);
        renew(key, 30, license).then().statusCode(200).header(REPLAYED, nullValue());
        assertThat(expiry(license)).isEqualTo(before.plus(Duration.ofDays(90)));

        assertThat(olderByADay(key)).isEqualTo(1);
        assertThat(runHousekeeping()).isEqualTo("COMPLETED");
        assertThat(keysNamed(key)).isZero();
        assertThat(keysNamed(recent)).isEqualTo(1);
    }

    @Test
    void malformedKeysAre400AndNothingIsDone() throws Exception {
        Customer customer = Customer.signUp();
        for (String bad : List.of("", "k".repeat(256))) {
            order(customer, bad)
                    .then()
                    .statusCode(400)
                    .body("error.code", equalTo("IDEMPOTENCY_KEY_INVALID"))
                    .body("error.field", equalTo(KEY));
        }
        store.as(customer.token())
                .header(KEY, "one")
                .header(KEY, "two")
                .body(Map.of("product_id", productId, "provider", "sandbox"))
                .post("/api/orders")
                .then()
                .statusCode(400)
                .body("error.code", equalTo("IDEMPOTENCY_KEY_INVALID"));
        String body = "{\"product_id\": " + productId + ", \"provider\": \"sandbox\"}";
        RawHttp.Answer control = RawHttp.send(("POST " + store.path("/api/orders") + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: Bearer " + customer.token() + "\r\nContent-Type: application/json\r\n"
                        + KEY + ": tab\tinside\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n"
                        + body)
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(control.status()).isEqualTo(400);
        assertThat(control.body()).contains("IDEMPOTENCY_KEY_INVALID");
        assertThat(ordersOf(customer)).isZero();
    }

    @Test
    void signingInIgnoresTheKeyEvenFromASignedInCaller() throws Exception {
        String email = "idem-login-" + UUID.randomUUID().toString().substring(0, 8) + "@idem.test";
        store.register(email);
        String signedIn = store.login(email);
        String key = newKey();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            tokens.add(store.as(signedIn)
                    .header(KEY, key)
                    .body(Map.of("email", email, "password", Platform.PASSWORD))
                    .post("/api/auth/login")
                    .then()
                    .statusCode(200)
                    .header(REPLAYED, nullValue())
                    .extract()
                    .path("token"));
        }
        assertThat(tokens.get(1)).isNotEqualTo(tokens.get(0));
        assertThat(keysNamed(key)).isZero();
    }

    @Test
    void anOperatorOpensAStoreOnceWithOneKey() throws Exception {
        String slug = Platform.uniqueSlug("idem-op");
        String key = newKey();
        Map<String, Object> body = Map.of(
                "slug",
                slug,
                "name",
                "Store " + slug,
                "admin",
                Map.of("email", "admin@" + slug + ".test", "password", Platform.PASSWORD));
        Response first = asOperator().header(KEY, key).body(body).post("/operator/api/tenants");
        Response again = asOperator().header(KEY, key).body(body).post("/operator/api/tenants");

        first.then().statusCode(201).header(REPLAYED, nullValue());
        again.then().statusCode(201).header(REPLAYED, equalTo("true"));
        assertThat(again.asString()).isEqualTo(first.asString());
        assertThat(again.getHeader("Location")).isEqualTo(first.getHeader("Location"));
        assertThat(count("SELECT count(*) FROM platform.idempotency_keys WHERE idempotency_key = ?", key))
                .isEqualTo(1);
        // Without the key, opening it again is a new request: the slug is taken.
        asOperator().body(body).post("/operator/api/tenants").then().statusCode(409);
    }

    @Test
    void theOpenApiDocumentNamesTheHeaderOnEveryStateChangingPost() {
        JsonPath openApi = given().accept(ContentType.JSON)
                .get("/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(openApi.getString("components.parameters.IdempotencyKey.name"))
                .isEqualTo(KEY);
        assertThat(openApi.getString("components.parameters.IdempotencyKey.in")).isEqualTo("header");
        for (String path : List.of(
                "/api/orders",
                "/api/orders/{id}/checkout",
                "/api/licenses/{id}/renew",
                "/api/admin/orders/{id}/refund",
                "/api/admin/licenses",
                "/api/admin/licenses/{id}/renew",
                "/api/admin/products",
                "/operator/api/tenants")) {
            assertThat(openApi.getList("paths.'" + path + "'.post.parameters.$ref", String.class))
                    .as(path)
                    .contains("#/components/parameters/IdempotencyKey");
        }
        for (String path : List.of(
                "/api/auth/login", "/api/auth/register", "/api/license/activate", "/api/payments/webhook/{provider}")) {
            List<String> refs = openApi.getList("paths.'" + path + "'.post.parameters.$ref", String.class);
            assertThat(refs == null ? List.<String>of() : refs)
                    .as(path)
                    .doesNotContain("#/components/parameters/IdempotencyKey");
        }
    }

    private static long paidOrder(Customer customer) {
        long order = Payments.placeOrder(store, customer.token(), productId);
        Payments.webhook(store, secret, Payments.event("evt_" + UUID.randomUUID(), order, "paid", 150_000, "XOF"))
                .then()
                .statusCode(200);
        return order;
    }

    private static long refundsOf(long order) throws Exception {
        return count(
                "SELECT count(*) FROM " + store.schema()
                        + ".audit_logs WHERE action = 'order.refunded' AND target_id = ?",
                Long.toString(order));
    }

    private static void sandbox(Map<String, String> credentials) {
        store.as(admin)
                .body(Map.of("enabled", true, "credentials", credentials))
                .put("/api/admin/payment-providers/sandbox")
                .then()
                .statusCode(200);
    }

    private static long keysNamed(String key) throws Exception {
        return count("SELECT count(*) FROM " + store.schema() + ".idempotency_keys WHERE idempotency_key = ?", key);
    }

    /** Moves a key's first use a day back, as if 24 hours had passed. */
    private static int olderByADay(String key) throws Exception {
        try (Connection db = Platform.database();
                PreparedStatement update = db.prepareStatement(
                        "UPDATE " + store.schema()
                                + ".idempotency_keys SET created_at = created_at - interval '24 hours' WHERE idempotency_key = ?")) {
            update.setString(1, key);
            return update.executeUpdate();
        }
    }
}
