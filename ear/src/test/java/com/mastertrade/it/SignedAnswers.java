package com.mastertrade.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference client's check of a signed licence answer, done as a WinDev program does it and with nothing of
 * the platform's code: read the header as API.md writes it, find the key it names among the store's published
 * keys, verify the signature over the exact body bytes with the JDK.
 */
final class SignedAnswers {

    static final String HEADER = "Mastertrade-Signature";
    static final String ACCEPT_HEADER = "Mastertrade-Accept-Signature";

    private static final Pattern SIGNATURE =
            Pattern.compile("keyid=\"([^\"]+)\", algorithm=\"(rsa-sha256|ed25519)\", signature=\"([A-Za-z0-9+/=]+)\"");

    /** The two algorithms of API.md, by their names there and in the JDK. */
    enum Algorithm {
        RSA_SHA256("rsa-sha256", "SHA256withRSA", "RSA"),
        ED25519("ed25519", "Ed25519", "Ed25519");

        final String apiName;
        final String signatureName;
        final String keyType;

        Algorithm(String apiName, String signatureName, String keyType) {
            this.apiName = apiName;
            this.signatureName = signatureName;
            this.keyType = keyType;
        }

        static Algorithm named(String apiName) {
            for (Algorithm algorithm : values()) {
                if (algorithm.apiName.equals(apiName)) {
                    return algorithm;
                }
            }
            throw new AssertionError("no algorithm named " + apiName);
        }

        PublicKey publicKey(String pem) throws GeneralSecurityException {
            String base64 =
                    pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance(keyType)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        }
    }

    /** A {@code Mastertrade-Signature} value: {@code keyid="...", algorithm="...", signature="<base64>"}. */
    record Header(String kid, Algorithm algorithm, String signatureBase64) {
        static Header parse(String value) {
            assertThat(value).as(HEADER).isNotNull();
            Matcher parts = SIGNATURE.matcher(value);
            assertThat(parts.matches())
                    .as("%s as API.md writes it: %s", HEADER, value)
                    .isTrue();
            return new Header(parts.group(1), Algorithm.named(parts.group(2)), parts.group(3));
        }

        byte[] signature() {
            return Base64.getDecoder().decode(signatureBase64);
        }
    }

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
    static Algorithm verify(Response answer, List<Map<String, String>> keys) {
        return verify(answer.header(HEADER), answer.asByteArray(), keys);
    }

    /** Checks a signature header over a document (an answer's body, an offline file) with the key it names. */
    static Algorithm verify(String header, byte[] document, List<Map<String, String>> keys) {
        Header signature = Header.parse(header);
        Map<String, String> key = keys.stream()
                .filter(k -> k.get("kid").equals(signature.kid()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("signed by unlisted key " + signature.kid()));
        assertThat(key.get("algorithm")).isEqualTo(signature.algorithm().apiName);
        assertThat(verifies(signature.algorithm(), key.get("public_key_pem"), document, signature.signature()))
                .as("signature over the document's bytes")
                .isTrue();
        return signature.algorithm();
    }

    static boolean verifies(Algorithm algorithm, String pem, byte[] body, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(algorithm.signatureName);
            verifier.initVerify(algorithm.publicKey(pem));
            verifier.update(body);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
