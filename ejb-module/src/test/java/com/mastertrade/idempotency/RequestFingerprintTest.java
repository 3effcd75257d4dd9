package com.mastertrade.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class RequestFingerprintTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSameRequestHasTheSameFingerprint() {
        assertThat(RequestFingerprint.of("POST", "/orders", bytes("{\"product_id\": 1}")))
                .isEqualTo(RequestFingerprint.of("POST", "/orders", bytes("{\"product_id\": 1}")))
                .hasSameHashCodeAs(RequestFingerprint.of("POST", "/orders", bytes("{\"product_id\": 1}")));
    }

    @Test
    void anotherBodyPathQueryOrMethodIsAnotherRequest() {
        RequestFingerprint order = RequestFingerprint.of("POST", "/orders", bytes("{\"product_id\": 1}"));
        assertThat(order)
                .isNotEqualTo(RequestFingerprint.of("POST", "/orders", bytes("{\"product_id\": 2}")))
                .isNotEqualTo(RequestFingerprint.of("POST", "/orders", bytes("{\"product_id\":1}")))
                .isNotEqualTo(RequestFingerprint.of("POST", "/orders?x=1", bytes("{\"product_id\": 1}")))
                .isNotEqualTo(RequestFingerprint.of("POST", "/licenses/1/renew", bytes("{\"product_id\": 1}")))
                .isNotEqualTo(RequestFingerprint.of("PUT", "/orders", bytes("{\"product_id\": 1}")));
    }

    @Test
    void partsCannotBleedIntoEachOther() {
        assertThat(RequestFingerprint.of("POST", "/orders", bytes("x")))
                .isNotEqualTo(RequestFingerprint.of("POST", "/ordersx", new byte[0]));
    }

    @Test
    void isSha256OfTheLengthPrefixedParts() throws Exception {
        byte[] expected = java.security.MessageDigest.getInstance("SHA-256").digest(bytes("4:POST7:/orders2:{}"));
        assertThat(RequestFingerprint.of("POST", "/orders", bytes("{}")).toString())
                .isEqualTo(HexFormat.of().formatHex(expected));
        assertThat(RequestFingerprint.stored(expected))
                .isEqualTo(RequestFingerprint.of("POST", "/orders", bytes("{}")));
    }
}
