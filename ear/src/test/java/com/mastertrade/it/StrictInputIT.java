package com.mastertrade.it;

import static com.mastertrade.it.Platform.asOperator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bodies and parameters are read strictly in one place for every call of both APIs: a body is one JSON value
 * and nothing after it (400 MALFORMED_JSON), each field has its JSON type and no text holds a control character
 * (422 VALIDATION_FAILED naming the field); and nothing is created from a refused body.
 */
class StrictInputIT {

    private static Platform.Store store;
    private static String admin;
    private static String customer;
    private static long customerId;
    private static long productId;

    @BeforeAll
    static void aStoreSellingThroughTheSandbox() {
        store = Platform.openStore("strict");
        admin = store.adminToken();
        productId = store.createProduct(admin, "STRICT-PRO", 365, 1, 0);
        Payments.enableSandbox(store, admin);
        String email = unique("buyer") + "@strict.test";
        customerId = store.register(email);
        customer = store.login(email);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    // Valid bodies of five calls; each test spoils them.

    private static String registration(String email) {
        return "{\"name\": \"Ama\", \"email\": \"" + email + "\", \"password\": \"" + Platform.PASSWORD
                + "\", \"accept_terms\": true}";
    }

    private static String order() {
        return "{\"product_id\": " + productId + ", \"provider\": \"sandbox\"}";
    }

    private static String product(String sku) {
        return "{\"sku\": \"" + sku + "\", \"name\": \"Strict\", \"description\": \"Deux lignes\\n\\tsuite\","
                + " \"prices\": [{\"amount\": 150000, \"currency\": \"XOF\"}],"
                + " \"license_terms\": {\"type\": \"subscription\", \"duration_days\": 365}, \"published\": true}";
    }

    private static String tenant(String slug) {
        return "{\"slug\": \"" + slug + "\", \"name\": \"Strict\", \"admin\": {\"email\": \"admin@" + slug
                + ".test\", \"password\": \"" + Platform.PASSWORD + "\"}, \"branding\": {\"tagline\": \"Bien\"}}";
    }

    @Test
    void trailingDataOrASecondValueIsMalformedAndCreatesNothing() throws Exception {
        for (String after : List.of("xyz", "{\"b\": 2}", ", 1", "}", " null")) {
            String email = unique("trail") + "@strict.test";
            assertMalformed(store.api().body(registration(email) + after).post("/api/auth/register"));
            assertMalformed(store.api()
                    .body("{\"email\": \"" + store.adminEmail() + "\", \"password\": \"" + Platform.PASSWORD + "\"}"
                            + after)
                    .post("/api/auth/login"));
            assertMalformed(store.as(customer).body(order() + after).post("/api/orders"));
            String sku = unique("TRAIL").toUpperCase(Locale.ROOT);
            assertMalformed(store.as(admin).body(product(sku) + after).post("/api/admin/products"));
            String slug = unique("trail");
            assertMalformed(asOperator().body(tenant(slug) + after).post("/operator/api/tenants"));

            assertThat(users(email)).isZero();
            assertThat(orders()).isZero();
            assertThat(products(sku)).isZero();
            assertThat(tenants(slug)).isZero();
        }
    }

    @Test
    void whitespaceAfterTheValueIsFine() throws Exception {
        String email = unique("blank") + "@strict.test";
        store.api()
                .body(registration(email) + " \r\n\t")
                .post("/api/auth/register")
                .then()
                .statusCode(201);
        String sku = unique("BLANK").toUpperCase(Locale.ROOT);
        store.as(admin)
                .body(product(sku) + "\n")
                .post("/api/admin/products")
                .then()
                .statusCode(201);
        String slug = unique("blank");
        asOperator()
                .body(tenant(slug) + "  ")
                .post("/operator/api/tenants")
                .then()
                .statusCode(201);
        assertThat(users(email)).isOne();
        assertThat(products(sku)).isOne();
        assertThat(tenants(slug)).isOne();
    }

    @Test
    void aValueOfTheWrongTypeIs422NamingTheFieldAndCreatesNothing() throws Exception {
        String email = unique("typed") + "@strict.test";
        String registration = registration(email);
        assertField(store.api(), "/api/auth/register", registration.replace("\"Ama\"", "1e400"), "name");
        assertField(store.api(), "/api/auth/register", registration.replace("\"Ama\"", "12"), "name");
        assertField(store.api(), "/api/auth/register", registration.replace("true", "\"true\""), "accept_terms");
        assertField(store.api(), "/api/auth/register", registration.replace("\"" + email + "\"", "[]"), "email");
        assertThat(users(email)).isZero();

        RequestSpecification buyer = store.as(customer);
        assertField(buyer, "/api/orders", order().replace(": " + productId, ": \"" + productId + "\""), "product_id");
        assertField(store.as(customer), "/api/orders", order().replace("\"sandbox\"", "5"), "provider");
        assertField(store.as(customer), "/api/orders", order().replace("}", ", \"currency\": {}}"), "currency");
        assertThat(orders()).isZero();

        String sku = unique("TYPED").toUpperCase(Locale.ROOT);
        String product = product(sku);
        assertField(store.as(admin), "/api/admin/products", product.replace("\"Strict\"", "1e400"), "name");
        assertField(
                store.as(admin), "/api/admin/products", product.replace("150000", "\"150000\""), "prices[0].amount");
        assertField(
                store.as(admin),
                "/api/admin/products",
                product.replace("365", "\"365\""),
                "license_terms.duration_days");
        assertField(store.as(admin), "/api/admin/products", product.replace(": true", ": \"yes\""), "published");
        assertField(
                store.as(admin),
                "/api/admin/products",
                product.replace("[{", "{").replace("}]", "}"),
                "prices");
        assertThat(products(sku)).isZero();

        String slug = unique("typed");
        String tenant = tenant(slug);
        assertField(asOperator(), "/operator/api/tenants", tenant.replace("\"Strict\"", "1e400"), "name");
        assertField(asOperator(), "/operator/api/tenants", tenant.replace("\"Bien\"", "7"), "branding.tagline");
        assertField(asOperator(), "/operator/api/tenants", tenant.replace("\"admin@", "5, \"x\": \"@"), "admin.email");
        assertField(
                asOperator(),
                "/operator/api/tenants",
                tenant.replace("\"branding\"", "\"domains\": \"a.test\", \"branding\""),
                "domains");
        assertThat(tenants(slug)).isZero();
    }

    @Test
    void aControlCharacterInAnyTextOrPropertyNameIs422NamingTheField() throws Exception {
        String email = unique("nul") + "@strict.test";
        String registration = registration(email);
        assertField(store.api(), "/api/auth/register", registration.replace("Ama", "A\\u0000ma"), "name");
        assertField(store.api(), "/api/auth/register", registration.replace("Ama", "Ama\\nEvil"), "name");
        assertField(
                store.api(), "/api/auth/register", registration.replace("\"name\"", "\"na\\u0000me\""), "na\\u0000me");
        assertField(store.api(), "/api/auth/login", "{\"email\": \"\\u0000\", \"password\": \"x\"}", "email");
        assertThat(users(email)).isZero();

        String sku = unique("NUL").toUpperCase(Locale.ROOT);
        String product = product(sku);
        assertField(store.as(admin), "/api/admin/products", product.replace("Deux", "De\\u0000ux"), "description");
        assertField(store.as(admin), "/api/admin/products", product.replace("XOF", "XO\\u0085F"), "prices[0].currency");
        assertField(store.as(admin), "/api/admin/products", product.replace("\"Strict\"", "\"A\\rB\""), "name");
        assertThat(products(sku)).isZero();

        String slug = unique("nul");
        assertField(
                asOperator(), "/operator/api/tenants", tenant(slug).replace("Bien", "\\u001b[2J"), "branding.tagline");
        assertThat(tenants(slug)).isZero();
    }

    @Test
    void aControlCharacterInAQueryParameterIs422NamingIt() {
        // The queries are sent as written, percent-escapes included.
        store.api()
                .urlEncodingEnabled(false)
                .get("/api/products?q=%00")
                .then()
                .statusCode(422)
                .body("error.field", equalTo("q"));
        store.api()
                .urlEncodingEnabled(false)
                .get("/api/products?currency=%7f")
                .then()
                .statusCode(422)
                .body("error.field", equalTo("currency"));
        store.api()
                .urlEncodingEnabled(false)
                .get("/api/products?%00=1")
                .then()
                .statusCode(422)
                .body("error.field", equalTo("\\u0000"));
        store.as(admin)
                .urlEncodingEnabled(false)
                .get("/api/admin/products?category=%1b")
                .then()
                .statusCode(422)
                .body("error.field", equalTo("category"));
        asOperator()
                .urlEncodingEnabled(false)
                .get("/operator/api/tenants?page=%00")
                .then()
                .statusCode(422)
                .body("error.field", equalTo("page"));
        store.api()
                .urlEncodingEnabled(false)
                .get("/api/products?q=caf%C3%A9")
                .then()
                .statusCode(200);
    }

    @Test
    void aControlCharacterInAPagesParameterIs422NamingIt() {
        store.api()
                .urlEncodingEnabled(false)
                .get("/orders/status.xhtml?ref=%00")
                .then()
                .statusCode(422)
                .body("error.code", equalTo("VALIDATION_FAILED"))
                .body("error.field", equalTo("ref"));
        store.api()
                .urlEncodingEnabled(false)
                .get("/sandbox/checkout.xhtml?session=cs%1b")
                .then()
                .statusCode(422)
                .body("error.field", equalTo("session"));
        store.api().get("/orders/status.xhtml?ref=MT-ORD-0").then().statusCode(404);
    }

    private static void assertMalformed(io.restassured.response.Response answer) {
        answer.then().statusCode(400).body("error.code", equalTo("MALFORMED_JSON"));
    }

    private static void assertField(RequestSpecification request, String path, String body, String field) {
        request.body(body)
                .post(path)
                .then()
                .statusCode(422)
                .body("error.code", equalTo("VALIDATION_FAILED"))
                .body("error.field", equalTo(field));
    }

    private static long users(String email) throws Exception {
        return count("select count(*) from " + store.schema() + ".users where email = ?", email);
    }

    private static long orders() throws Exception {
        return count("select count(*) from " + store.schema() + ".orders where user_id = ?", customerId);
    }

    private static long products(String sku) throws Exception {
        return count("select count(*) from " + store.schema() + ".products where sku = ?", sku);
    }

    private static long tenants(String slug) throws Exception {
        return count("select count(*) from platform.tenants where slug = ?", slug);
    }

    private static long count(String sql, Object parameter) throws Exception {
        try (Connection db = Platform.database();
                PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
