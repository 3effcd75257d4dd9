package com.mastertrade.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.mastertrade.licensing.signing.AnswerSignature;
import com.mastertrade.licensing.signing.SignatureAlgorithm;
import io.restassured.response.Response;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.List;
import java.util.Map;

/**
 * The reference client's check of a signed licence answer, done as a WinDev program does it: find the key
 * the header names among the store's published keys, verify the signature over the exact body bytes.
 */
final class SignedAnswers {

    private SignedAnswers() {}

    /** The store's published keys ({@code GET /api/license/keys}). */
    static List<Map<String, String>> keysOf(Platform.Store store) {
        return store.api()
                .get("/api/license/keys")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("keys");
    }

    /** Checks the answer's signature over its exact body bytes with the listed key it names; its algorithm. */
    static SignatureAlgorithm verify(Response answer, List<Map<String, String>> keys) {
        String header = answer.header(AnswerSignature.HEADER);
        assertThat(header)
                .as("Mastertrade-Signature")
                .isNotNull()
                .matches("keyid=\"[^\"]+\", algorithm=\"(rsa-sha256|ed25519)\", signature=\"[A-Za-z0-9+/=]+\"");
        AnswerSignature signature = AnswerSignature.parse(header);
        Map<String, String> key = keys.stream()
                .filter(k -> k.get("kid").equals(signature.kid()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("signed by unlisted key " + signature.kid()));
        assertThat(key.get("algorithm")).isEqualTo(signature.algorithm().apiName());
        assertThat(verifies(
                        signature.algorithm(), key.get("public_key_pem"), answer.asByteArray(), signature.signature()))
                .as("signature over the body bytes")
                .isTrue();
        return signature.algorithm();
    }

    static boolean verifies(SignatureAlgorithm algorithm, String pem, byte[] body, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(algorithm.jdkSignatureName());
            verifier.initVerify(algorithm.publicKey(pem));
            verifier.update(body);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
