package com.mastertrade.licensing.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.mastertrade.shared.SecretBox;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Security;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SigningProviderTest {

    private static final byte[] BODY =
            "{\"code\":\"VALID\",\"nonce\":\"9f86d081\",\"valid\":true}".getBytes(StandardCharsets.UTF_8);
    private static final String SCHEMA = "tenant_acme";

    private static final SecretBox SECRETS = new SecretBox(SigningKeyTest.masterKey(), null);
    /** One stored key per algorithm, made once: RSA keys take a while to generate. */
    private static final Map<SignatureAlgorithm, SigningKey> KEYS = new EnumMap<>(SignatureAlgorithm.class);

    private final Logger log = Logger.getLogger(SigningProvider.class.getName());
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord logRecord) {
            logged.add(logRecord);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeAll
    static void makeKeys() {
        for (SignatureAlgorithm algorithm : SignatureAlgorithm.values()) {
            KEYS.put(algorithm, SigningKey.generate("k1", algorithm, SCHEMA, SECRETS, Instant.now()));
        }
    }

    @BeforeEach
    void captureTheLog() {
        log.addHandler(capture);
    }

    @AfterEach
    void releaseTheLog() {
        log.removeHandler(capture);
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void nativeCodeSignsTheSameBytesAsJavaAndTheJdkVerifiesThem(SignatureAlgorithm algorithm) throws Exception {
        Provider accp = NativeProvider.accp();
        SigningKey key = KEYS.get(algorithm);
        PrivateKey privateKey = key.privateKey(SCHEMA, SECRETS);
        PublicKey publicKey = algorithm.publicKey(key.publicKeyPem());

        byte[] signedNatively =
                SigningProvider.using(accp).signer(algorithm, privateKey).sign(BODY);
        byte[] signedInJava = SigningProvider.JAVA.signer(algorithm, privateKey).sign(BODY);

        assertThat(signedNatively).isEqualTo(signedInJava);
        assertThat(verifies(Signature.getInstance(algorithm.jdkSignatureName()), publicKey, BODY, signedNatively))
                .as("ACCP's signature, verified by the JDK")
                .isTrue();
        assertThat(verifies(Signature.getInstance(algorithm.jdkSignatureName(), accp), publicKey, BODY, signedInJava))
                .as("Java's signature, verified by ACCP")
                .isTrue();
        byte[] altered = BODY.clone();
        altered[3] ^= 1;
        assertThat(verifies(Signature.getInstance(algorithm.jdkSignatureName()), publicKey, altered, signedNatively))
                .isFalse();
        assertThat(verifies(
                        Signature.getInstance(algorithm.jdkSignatureName(), accp), publicKey, altered, signedInJava))
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void theLibraryThatLoadsSignsAndTheLogSaysSo(SignatureAlgorithm algorithm) throws Exception {
        Provider accp = NativeProvider.accp();

        SigningProvider chosen = SigningProvider.choose(library(accp, Optional.empty()));

        assertThat(chosen.nameFor(algorithm)).isEqualTo("AmazonCorrettoCryptoProvider");
        assertThat(logged).singleElement().satisfies(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.INFO);
            assertThat(line.getMessage())
                    .matches("Licence answers are signed by AmazonCorrettoCryptoProvider 2\\.[0-9.]+ \\(rsa-sha256,"
                            + " ed25519\\)");
        });
        SigningKey key = KEYS.get(algorithm);
        SignatureAlgorithm.Signer signer = chosen.signer(algorithm, key.privateKey(SCHEMA, SECRETS));
        signer.sign(BODY);
        assertThat(signer)
                .isInstanceOfSatisfying(
                        SignaturePool.class,
                        pool -> assertThat(pool.idleProviders()).containsExactly("AmazonCorrettoCryptoProvider"));
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void withoutTheNativeLibraryJavaSignsAndTheLogSaysWhy(SignatureAlgorithm algorithm) throws Exception {
        // It names both algorithms, as ACCP does whether or not its library loaded.
        Provider unusable = new Provider("Unloadable", "1", "a native provider whose library did not load") {};
        unusable.put("Signature.SHA256withRSA", "never.Loaded");
        unusable.put("Signature.Ed25519", "never.Loaded");

        SigningProvider chosen = SigningProvider.choose(
                library(unusable, Optional.of("its native library did not load (no libcrypto here)")));

        assertThat(chosen.nameFor(SignatureAlgorithm.RSA_SHA256)).isEqualTo("SunRsaSign");
        assertThat(chosen.nameFor(SignatureAlgorithm.ED25519)).isEqualTo("BouncyCastle");
        assertThat(logged).singleElement().satisfies(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.WARNING);
            assertThat(line.getMessage())
                    .isEqualTo("Licence answers are signed by SunRsaSign (rsa-sha256) and BouncyCastle (ed25519);"
                            + " Amazon Corretto Crypto Provider is not used: its native library did not load"
                            + " (no libcrypto here)");
        });
        SigningKey key = KEYS.get(algorithm);
        byte[] signature =
                chosen.signer(algorithm, key.privateKey(SCHEMA, SECRETS)).sign(BODY);
        assertThat(verifies(
                        Signature.getInstance(algorithm.jdkSignatureName()),
                        algorithm.publicKey(key.publicKeyPem()),
                        BODY,
                        signature))
                .isTrue();
    }

    @Test
    void anAlgorithmTheProviderLacksIsSignedInJava() throws Exception {
        // The JDK's RSA provider as the "native" one: it signs RSA, and has no Ed25519.
        SigningProvider rsaOnly = SigningProvider.using(Security.getProvider("SunRsaSign"));

        assertThat(rsaOnly.nameFor(SignatureAlgorithm.RSA_SHA256)).isEqualTo("SunRsaSign");
        assertThat(rsaOnly.nameFor(SignatureAlgorithm.ED25519)).isEqualTo("BouncyCastle");
        SigningKey ed25519 = KEYS.get(SignatureAlgorithm.ED25519);
        byte[] signature = rsaOnly.signer(SignatureAlgorithm.ED25519, ed25519.privateKey(SCHEMA, SECRETS))
                .sign(BODY);
        assertThat(verifies(
                        Signature.getInstance("Ed25519"),
                        SignatureAlgorithm.ED25519.publicKey(ed25519.publicKeyPem()),
                        BODY,
                        signature))
                .isTrue();
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void oneSignerServesManyThreadsAtOnceEachAnswerSignedRight(SignatureAlgorithm algorithm) throws Exception {
        SigningKey key = KEYS.get(algorithm);
        PrivateKey privateKey = key.privateKey(SCHEMA, SECRETS);
        SignatureAlgorithm.Signer shared =
                SigningProvider.using(NativeProvider.accp()).signer(algorithm, privateKey);
        SignatureAlgorithm.Signer reference = SigningProvider.JAVA.signer(algorithm, privateKey);
        int threads = 8;
        int answersEach = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> wrong = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                wrong.add(pool.submit(() -> {
                    int mismatches = 0;
                    for (int i = 0; i < answersEach; i++) {
                        byte[] body = ("{\"nonce\":\"" + thread + "-" + i + "\",\"valid\":true}")
                                .getBytes(StandardCharsets.UTF_8);
                        if (!Arrays.equals(shared.sign(body), reference.sign(body))) {
                            mismatches++;
                        }
                    }
                    return mismatches;
                }));
            }
            for (Future<Integer> thread : wrong) {
                assertThat(thread.get())
                        .as("answers signed wrong by one thread")
                        .isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void oneThreadReusesOneReadySignature() {
        SigningKey key = KEYS.get(SignatureAlgorithm.RSA_SHA256);
        SignaturePool pool = (SignaturePool)
                SigningProvider.JAVA.signer(SignatureAlgorithm.RSA_SHA256, key.privateKey(SCHEMA, SECRETS));

        for (int i = 0; i < 5; i++) {
            pool.sign(BODY);
        }

        assertThat(pool.idleProviders()).containsExactly("SunRsaSign");
    }

    private static SigningProvider.NativeLibrary library(Provider provider, Optional<String> whyUnavailable) {
        return new SigningProvider.NativeLibrary() {
            @Override
            public Optional<String> whyUnavailable() {
                return whyUnavailable;
            }

            @Override
            public Provider provider() {
                return provider;
            }
        };
    }

    private static boolean verifies(Signature verifier, PublicKey key, byte[] body, byte[] signature)
            throws GeneralSecurityException {
        verifier.initVerify(key);
        verifier.update(body);
        return verifier.verify(signature);
    }
}
