package com.mastertrade.licensing.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.mastertrade.shared.SecretBox;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The answers of {@code docs/windev/testvectors/vectors.json}, which WinDev developers check their client
 * against: whichever code signs on the server, their bytes and signatures stay what the vectors say.
 */
class WinDevTestVectorsTest {

    private static final Path VECTORS =
            Path.of(System.getProperty("basedir", "."), "..", "docs", "windev", "testvectors", "vectors.json");

    /** A store's keys, made once: RSA keys take a while to generate. */
    private static final Map<SignatureAlgorithm, PrivateKey> SERVER_KEYS = new EnumMap<>(SignatureAlgorithm.class);

    @BeforeAll
    static void makeKeys() {
        SecretBox secrets = new SecretBox(SigningKeyTest.masterKey(), null);
        for (SignatureAlgorithm algorithm : SignatureAlgorithm.values()) {
            SigningKey key = SigningKey.generate("k1", algorithm, "tenant_acme", secrets, Instant.now());
            SERVER_KEYS.put(algorithm, key.privateKey("tenant_acme", secrets));
        }
    }

    /** One signed body of the vectors: an answer, or the offline licence file's document. */
    @SuppressWarnings("ArrayRecordComponent") // a carrier of bytes, never compared or used as a key
    record Vector(String name, byte[] body, AnswerSignature signature, boolean signatureOk) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Vector> vectors() throws IOException {
        JsonObject vectors = read(Files.newInputStream(VECTORS));
        Stream<Vector> answers = vectors.getJsonArray("answers").getValuesAs(JsonObject.class).stream()
                .map(answer -> new Vector(
                        answer.getString("name"),
                        Base64.getDecoder().decode(answer.getString("body_b64")),
                        AnswerSignature.parse(answer.getString("mastertrade_signature")),
                        answer.getBoolean("expect_signature_ok")));
        JsonObject file = read(new ByteArrayInputStream(Base64.getDecoder()
                .decode(vectors.getJsonObject("offline_license_file").getString("file_b64"))));
        Vector offline = new Vector(
                "offline licence file",
                Base64.getDecoder().decode(file.getString("document")),
                AnswerSignature.parse(file.getString("signature")),
                true);
        return Stream.concat(answers, Stream.of(offline));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void eachVectorVerifiesAsItSaysWithTheJdkAndWithTheNativeProvider(Vector vector) throws Exception {
        PublicKey testKey = SignatureAlgorithm.RSA_SHA256.publicKey(publicKeyPem());
        assertThat(vector.signature().algorithm()).isEqualTo(SignatureAlgorithm.RSA_SHA256);

        assertThat(verifies(Signature.getInstance("SHA256withRSA"), testKey, vector))
                .as("the JDK")
                .isEqualTo(vector.signatureOk());
        assertThat(verifies(Signature.getInstance("SHA256withRSA", NativeProvider.accp()), testKey, vector))
                .as("ACCP")
                .isEqualTo(vector.signatureOk());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void eachBodySignedByTheServerIsTheSameSignatureNativeOrInJava(Vector vector) {
        Provider accp = NativeProvider.accp();
        for (SignatureAlgorithm algorithm : SignatureAlgorithm.values()) {
            PrivateKey privateKey = SERVER_KEYS.get(algorithm);

            assertThat(SigningProvider.using(accp).signer(algorithm, privateKey).sign(vector.body()))
                    .as(algorithm.apiName())
                    .isEqualTo(
                            SigningProvider.JAVA.signer(algorithm, privateKey).sign(vector.body()));
        }
    }

    private static String publicKeyPem() throws IOException {
        return Files.readString(VECTORS.resolveSibling("test-public-key.pem"));
    }

    private static boolean verifies(Signature verifier, PublicKey key, Vector vector) throws GeneralSecurityException {
        verifier.initVerify(key);
        verifier.update(vector.body());
        return verifier.verify(vector.signature().signature());
    }

    private static JsonObject read(InputStream json) throws IOException {
        try (JsonReader reader = Json.createReader(json)) {
            return reader.readObject();
        } finally {
            json.close();
        }
    }
}
