package com.mastertrade.it;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The deployed platform as a client sees it: the running test domain (started once by {@code mastertrade
 * it-up}), its operator account, and helpers that open stores and accounts through the public API only.
 */
final class Platform {

    static final String BASE_URL = System.getProperty("mt.base-url", "http://localhost:18080");
    /** The management listener: MicroProfile Metrics, on 127.0.0.1 only (docs/runbook.md, "The HTTP edge"). */
    static final String MANAGEMENT_URL = System.getProperty("mt.management-url", "http://127.0.0.1:18085");

    static final String OPERATOR_EMAIL = System.getProperty("mt.operator.email", "operator@mastertrade.local");
    static final String OPERATOR_PASSWORD = System.getProperty("mt.operator.password", "operator-demo-2026");
    static final String PASSWORD = "correct-horse-battery";

    static {
        RestAssured.baseURI = BASE_URL;
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static String operatorToken;

    private Platform() {}

    static synchronized String operatorToken() {
        if (operatorToken == null) {
            operatorToken = given().contentType(ContentType.JSON)
                    .body(Map.of("email", OPERATOR_EMAIL, "password", OPERATOR_PASSWORD))
                    .post("/operator/api/auth/login")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("token");
        }
        return operatorToken;
    }

    static RequestSpecification asOperator() {
        return given().auth().oauth2(operatorToken()).contentType(ContentType.JSON);
    }

    /** Runs the housekeeping job as an operator would and waits (20 s at most) for how it ended. */
    static String runHousekeeping() throws InterruptedException {
        long execution = asOperator()
                .post("/operator/api/jobs/housekeeping/start")
                .then()
                .statusCode(202)
                .extract()
                .jsonPath()
                .getLong("execution_id");
        String status = null;
        for (int i = 0; i < 200 && !"COMPLETED".equals(status) && !"FAILED".equals(status); i++) {
            Thread.sleep(100);
            status = asOperator()
                    .get("/operator/api/jobs/housekeeping/runs")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getString("find { it.execution_id == " + execution + " }.status");
        }
        return status;
    }

    /** A licence API call as a WinDev program makes it: no sign-in, the key names the store; a fixed nonce. */
    static Response licenseCall(String path, String key, String device) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("key", key, "device_id", device, "nonce", 82734612))
                .post("/api/license/" + path);
    }

    /** The test server's database, for checks the API does not show (rows, what is stored encrypted). */
    static Connection database() throws SQLException {
        return DriverManager.getConnection(
                System.getProperty("mt.db.url"),
                System.getProperty("mt.db.user", "postgres"),
                System.getProperty("mt.db.password", ""));
    }

    private static final AtomicInteger ADDRESSES =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(1 << 16));

    /**
     * An address of its own for a client the test plays, sent as {@code X-Forwarded-For} (the test domain trusts
     * its loopback proxy): from 198.18.0.0/15, the range set aside for benchmarks, so it is nobody's.
     */
    static String clientAddress() {
        int n = ADDRESSES.incrementAndGet() & 0x1_ffff;
        return "198." + (18 + (n >> 16)) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff);
    }

    /** A slug no other test (or earlier run) uses. */
    static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Opens a store and returns it with its administrator's credentials. */
    static Store openStore(String prefix) {
        String slug = uniqueSlug(prefix);
        String adminEmail = "admin@" + slug + ".test";
        asOperator()
                .body(Map.of(
                        "slug",
                        slug,
                        "name",
                        "Store " + slug,
                        "admin",
                        Map.of("email", adminEmail, "password", PASSWORD, "name", "Admin " + slug)))
                .post("/operator/api/tenants")
                .then()
                .statusCode(201);
        return new Store(slug, adminEmail);
    }

    /** A store opened through the operator API; {@code api()} names it with the /t/{slug} prefix. */
    record Store(String slug, String adminEmail) {

        /** The store's schema in the database. */
        String schema() {
            return "tenant_" + slug.replace('-', '_');
        }

        String path(String apiPath) {
            return "/t/" + slug + apiPath;
        }

        RequestSpecification api() {
            return given().basePath("/t/" + slug).contentType(ContentType.JSON);
        }

        RequestSpecification as(String token) {
            return api().auth().oauth2(token);
        }

        /** A customer signed up from an address of its own, so helpers never count against a store's limits. */
        long register(String email) {
            return api().header("X-Forwarded-For", clientAddress())
                    .body(Map.of(
                            "name", "Customer " + email, "email", email, "password", PASSWORD, "accept_terms", true))
                    .post("/api/auth/register")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
        }

        String login(String email) {
            return api().body(Map.of("email", email, "password", PASSWORD))
                    .post("/api/auth/login")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("token");
        }

        String adminToken() {
            return login(adminEmail);
        }

        /** A licence issued by staff ({@code product_id}, and {@code user_id} when it is someone's); its id. */
        long issueLicense(String adminToken, Map<String, Object> body) {
            return as(adminToken)
                    .body(body)
                    .post("/api/admin/licenses")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
        }

        /** The key of one of this store's licences, as its staff see it. */
        String licenseKey(String adminToken, long licenseId) {
            return as(adminToken)
                    .get("/api/admin/licenses/" + licenseId)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("key");
        }

        /** A published subscription product of this store, priced in XOF; its id. */
        long createProduct(String adminToken, String sku, int durationDays, int maxActivations, int trialDays) {
            return as(adminToken)
                    .body(Map.of(
                            "sku",
                            sku,
                            "name",
                            sku,
                            "description",
                            "Test product " + sku,
                            "category",
                            "tests",
                            "version",
                            "1.0",
                            "prices",
                            List.of(Map.of("amount", 150000, "currency", "XOF")),
                            "license_terms",
                            Map.of(
                                    "type",
                                    "subscription",
                                    "duration_days",
                                    durationDays,
                                    "max_activations",
                                    maxActivations,
                                    "trial_days",
                                    trialDays,
                                    "grace_days",
                                    7),
                            "published",
                            true))
                    .post("/api/admin/products")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
        }
    }
}
