package com.mastertrade.shared.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestShapeTest {

    private static final Map.Entry<String, String> HOST = Map.entry("Host", "demo.localhost:8080");

    @Test
    void anOrdinaryRequestPasses() {
        assertThat(RequestShape.check(
                        "POST",
                        "/t/demo/api/orders?page=2",
                        List.of(HOST, Map.entry("Content-Length", "42"), Map.entry("X-Tenant", "demo"))))
                .isNull();
        assertThat(RequestShape.check("GET", "/", List.of(Map.entry("Content-Length", "0"))))
                .isNull();
    }

    @Test
    void traceAndConnectAreNotServed() {
        assertThat(RequestShape.check("TRACE", "/", List.of(HOST)).status()).isEqualTo(405);
        assertThat(RequestShape.check("CONNECT", "/", List.of(HOST)).code()).isEqualTo("METHOD_NOT_ALLOWED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD", "DELETE"})
    void methodsWithoutBodiesMayNotCarryOne(String method) {
        assertThat(RequestShape.check(method, "/api/ping", List.of(HOST, Map.entry("Content-Length", "5")))
                        .code())
                .isEqualTo("BODY_NOT_ALLOWED");
        assertThat(RequestShape.check(method, "/api/ping", List.of(HOST, Map.entry("transfer-encoding", "chunked")))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void headerFieldsHaveLimits() {
        String eightKib = "a".repeat(RequestShape.MAX_FIELD_CHARS - "X-Tenant".length() - 2);
        assertThat(RequestShape.check("GET", "/", List.of(Map.entry("X-Tenant", eightKib))))
                .isNull();
        assertThat(RequestShape.check("GET", "/", List.of(Map.entry("X-Tenant", eightKib + "a"))))
                .isEqualTo(new RequestShape.Refusal(431, "HEADER_TOO_LARGE", "A header field is over 8192 characters"));

        List<Map.Entry<String, String>> many = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            many.add(Map.entry("X-Big-" + i, "b".repeat(7_000)));
        }
        assertThat(RequestShape.check("GET", "/", many).message()).isEqualTo("The headers are over 32768 characters");

        List<Map.Entry<String, String>> numerous = new ArrayList<>();
        for (int i = 0; i <= RequestShape.MAX_FIELDS; i++) {
            numerous.add(Map.entry("X-" + i, "v"));
        }
        assertThat(RequestShape.check("GET", "/", numerous).code()).isEqualTo("HEADER_TOO_LARGE");
        assertThat(RequestShape.check("GET", "/", numerous.subList(0, RequestShape.MAX_FIELDS)))
                .isNull();
    }

    @Test
    void theRequestTargetHasALimit() {
        String path = "/" + "p".repeat(RequestShape.MAX_TARGET_CHARS - 1);
        assertThat(RequestShape.check("GET", path, List.of(HOST))).isNull();
        assertThat(RequestShape.check("GET", path + "?", List.of(HOST)).status())
                .isEqualTo(414);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "localhost",
                "localhost:8080",
                "demo.localhost",
                "Demo.LocalHost:18080",
                "shop.acme.ci",
                "shop.acme.ci.",
                "10.0.0.5:8080",
                "[::1]",
                "[::1]:8080",
                "payara_1",
                "xn--dmo-bpa.localhost"
            })
    void hostNamesAndPorts(String host) {
        assertThat(RequestShape.isHost(host)).as(host).isTrue();
        assertThat(RequestShape.check("GET", "/", List.of(Map.entry("Host", host))))
                .isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "${jndi}.localhost",
                "${jndi:ldap://x.test/a}.localhost",
                "a b.localhost",
                "démo.localhost",
                "demo..localhost",
                ".localhost",
                "-demo.localhost",
                "demo-.localhost",
                "demo.localhost:",
                "demo.localhost:abc",
                "demo.localhost:80a",
                "demo.localhost:99999",
                "demo.localhost:8080:8080",
                "x:y:z",
                "de\rmo.localhost",
                "demo.localhost\n",
                "[::1",
                "[fe80::1%eth0]",
                "user@demo.localhost",
                "demo.localhost/evil"
            })
    void whatIsNoHostIsABadHost(String host) {
        assertThat(RequestShape.isHost(host)).as(host).isFalse();
        assertThat(RequestShape.check("GET", "/", List.of(Map.entry("host", host))))
                .isEqualTo(new RequestShape.Refusal(400, "BAD_HOST", "The Host header is not one host name and port"));
    }

    @Test
    void aLabelOrANameTooLongIsNoHost() {
        assertThat(RequestShape.isHost("a".repeat(63) + ".localhost")).isTrue();
        assertThat(RequestShape.isHost("a".repeat(64) + ".localhost")).isFalse();
        assertThat(RequestShape.isHost(("a".repeat(60) + ".").repeat(5) + "localhost"))
                .isFalse();
    }

    @Test
    void twoHostsAreOneTooMany() {
        assertThat(RequestShape.check("GET", "/", List.of(HOST, Map.entry("Host", "other.localhost")))
                        .code())
                .isEqualTo("BAD_HOST");
    }
}
