package com.mastertrade.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The conventions every call shares: errors, tenants, headers, limits, and the operational endpoints. */
class HttpContractIT {

    private static Platform.Store store;

    @BeforeAll
    static void openStore() {
        store = Platform.openStore("contract");
    }

    @Test
    void unknownRoutesAndMethodsAnswerJsonErrors() {
        store.api()
                .get("/api/no-such-thing")
                .then()
                .statusCode(404)
                .contentType(ContentType.JSON)
                .body("error.code", equalTo("NOT_FOUND"));
        store.api()
                .delete("/api/auth/login")
                .then()
                .statusCode(405)
                .contentType(ContentType.JSON)
                .body("error.code", equalTo("METHOD_NOT_ALLOWED"));
        given().get("/operator/api/nothing-here").then().statusCode(404).contentType(ContentType.JSON);
    }

    @Test
    void storesAreNamedByPrefixHeaderOrNotAtAll() {
        given().header("X-Tenant", store.slug())
                .contentType(ContentType.JSON)
                .body(Map.of("email", store.adminEmail(), "password", Platform.PASSWORD))
                .post("/api/auth/login")
                .then()
                .statusCode(200);
        given().get("/api/users/me").then().statusCode(404).body("error.code", equalTo("TENANT_NOT_FOUND"));
        given().get("/t/no-such-store/api/users/me")
                .then()
                .statusCode(404)
                .body("error.code", equalTo("TENANT_NOT_FOUND"));
        given().header("X-Tenant", "'; DROP SCHEMA platform; --")
                .get("/api/users/me")
                .then()
                .statusCode(404)
                .body("error.code", equalTo("TENANT_NOT_FOUND"));
        given().header("X-Tenant", "demo")
                .get(store.path("/api/users/me"))
                .then()
                .statusCode(400)
                .body("error.code", equalTo("TENANT_MISMATCH"));
    }

    @Test
    void everyAnswerCarriesARequestIdAndProtectiveHeaders() {
        store.api()
                .get("/api/users/me")
                .then()
                .statusCode(401)
                .header("X-Request-Id", notNullValue())
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", startsWith("default-src 'none'"))
                .body("error.request_id", notNullValue());
        store.api()
                .header("X-Request-Id", "trace-me-12345")
                .get("/api/users/me")
                .then()
                .header("X-Request-Id", "trace-me-12345")
                .body("error.request_id", equalTo("trace-me-12345"));
    }

    @Test
    void forgedAndExpiredLookingTokensAre401WithoutDetails() {
        String forged = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIiwidGVuYW50IjoiZGVtbyJ9.c2lnbmF0dXJl";
        store.as(forged)
                .get("/api/users/me")
                .then()
                .statusCode(401)
                .contentType(ContentType.JSON)
                .body("error.code", equalTo("UNAUTHORIZED"))
                .body(not(containsString("Exception")));
        String tampered = store.adminToken();
        tampered = tampered.substring(0, tampered.length() - 4) + (tampered.endsWith("AAAA") ? "BBBB" : "AAAA");
        store.as(tampered).get("/api/users/me").then().statusCode(401);
    }

    @Test
    void bodiesOverOneMebibyteAre413EvenWhenChunked() throws Exception {
        String huge = "{\"name\": \"" + "x".repeat(1_100_000) + "\"}";
        store.api()
                .body(huge)
                .post("/api/auth/register")
                .then()
                .statusCode(413)
                .body("error.code", equalTo("PAYLOAD_TOO_LARGE"));

        HttpResponse<String> chunked = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder()
                                .uri(URI.create(Platform.BASE_URL + store.path("/api/auth/register")))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofInputStream(
                                        () -> new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8))))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).contains("PAYLOAD_TOO_LARGE");
    }

    @Test
    void theStorePageSpeaksFrenchByDefaultAndEnglishOnRequest() {
        given().get(store.path("/"))
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("Bienvenue sur Store " + store.slug()))
                .header("Content-Security-Policy", containsString("script-src 'self'"));
        given().header("Accept-Language", "en-GB,en;q=0.9")
                .get(store.path("/"))
                .then()
                .statusCode(200)
                .body(containsString("Welcome to Store " + store.slug()));
        given().get("/").then().statusCode(200).body(containsString("Mastertrade"));
    }

    @Test
    void healthSaysReadyWithTheDatabase() {
        given().get("/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'database' }.status", equalTo("UP"));
        given().get("/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void theOpenApiDocumentCoversStoreAndOperatorApis() {
        given().accept(ContentType.JSON)
                .get("/openapi")
                .then()
                .statusCode(200)
                .body("paths", hasKey("/api/auth/register"))
                .body("paths", hasKey("/api/auth/login"))
                .body("paths", hasKey("/api/users/{id}"))
                .body("paths", hasKey("/api/admin/users"))
                .body("paths", hasKey("/api/products"))
                .body("paths", hasKey("/api/admin/products"))
                .body("paths", hasKey("/operator/api/auth/login"))
                .body("paths", hasKey("/operator/api/tenants"))
                .body("paths", hasKey("/operator/api/tenants/{slug}/suspend"))
                .body("components.schemas.UserView.properties", hasKey("created_at"))
                .body("components.schemas.UserView.properties", not(hasKey("createdAt")))
                .body("components.schemas.OrderView.properties", hasKey("checkout_url"))
                .body("components.schemas.Instant.format", equalTo("date-time"));
        given().get("/api/docs")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("swagger-ui"));
        given().get("/webjars/swagger-ui/5.20.1/swagger-ui-bundle.js").then().statusCode(200);
    }

    @Test
    void theOpenApiDocumentListsEveryPaymentEndpointWithItsMethods() {
        Map<String, List<String>> payments = Map.ofEntries(
                Map.entry("/api/payment-providers", List.of("get")),
                Map.entry("/api/orders", List.of("get", "post")),
                Map.entry("/api/orders/{id}", List.of("get")),
                Map.entry("/api/orders/{id}/checkout", List.of("post")),
                Map.entry("/api/users/{id}/orders", List.of("get")),
                Map.entry("/api/payments/webhook/{provider}", List.of("post")),
                Map.entry("/api/payments/return/{provider}", List.of("get")),
                Map.entry("/api/admin/orders", List.of("get")),
                Map.entry("/api/admin/orders/{id}", List.of("get")),
                Map.entry("/api/admin/orders/{id}/refund", List.of("post")),
                Map.entry("/api/admin/payment-providers", List.of("get")),
                Map.entry("/api/admin/payment-providers/{provider}", List.of("get", "put")));
        JsonPath openApi = given().accept(ContentType.JSON)
                .get("/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        payments.forEach((path, methods) -> assertThat(openApi.<String, Object>getMap("paths.'" + path + "'"))
                .as(path)
                .containsKeys(methods.toArray(String[]::new)));
    }
}
