package com.mastertrade.licensing.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mastertrade.shared.SecretBox;
import com.mastertrade.shared.SettableClock;
import com.mastertrade.shared.tenant.TenantContext;
import com.mastertrade.shared.tenant.TenantRef;
import com.mastertrade.shared.tenant.TenantSlug;
import com.mastertrade.shared.tenant.TenantStatus;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AnswerSignerTest {

    private static final TenantRef ACME = new TenantRef(1, new TenantSlug("acme"), "Acme", TenantStatus.ACTIVE);
    private static final TenantRef GLOBEX = new TenantRef(2, new TenantSlug("globex"), "Globex", TenantStatus.ACTIVE);
    private static final byte[] BODY =
            "{\"code\":\"VALID\",\"nonce\":82734612,\"valid\":true}".getBytes(StandardCharsets.UTF_8);

    private final SecretBox secrets = new SecretBox(SigningKeyTest.masterKey(), null);
    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-24T08:00:00Z"));
    private final StoredKeys stored = new StoredKeys();
    private AnswerSigner signer;

    @BeforeEach
    void wire() {
        signer = new AnswerSigner();
        signer.keys = stored;
        signer.secrets = secrets;
        signer.clock = clock;
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void theSignatureVerifiesWithTheJdkAgainstThePublishedKey(SignatureAlgorithm algorithm) throws Exception {
        AnswerSignature signature = AnswerSignature.parse(TenantContext.call(ACME, () -> signer.sign(BODY, algorithm)));

        SigningKey key = stored.activeOf(ACME, algorithm);
        assertThat(signature.kid()).isEqualTo(key.kid());
        assertThat(signature.algorithm()).isEqualTo(algorithm);
        assertThat(verifies(algorithm, key.publicKeyPem(), BODY, signature.signature()))
                .isTrue();
        byte[] altered = BODY.clone();
        altered[10] ^= 1;
        assertThat(verifies(algorithm, key.publicKeyPem(), altered, signature.signature()))
                .isFalse();
    }

    @Test
    void bouncyCastleSignsEd25519ExactlyAsTheJdkDoes() throws Exception {
        SigningKey key = SigningKey.generate("k", SignatureAlgorithm.ED25519, "tenant_acme", secrets, clock.instant());
        var privateKey = key.privateKey("tenant_acme", secrets);
        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initSign(privateKey);
        jdk.update(BODY);

        assertThat(SignatureAlgorithm.ED25519.javaSigner(privateKey).sign(BODY)).isEqualTo(jdk.sign());
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void anAnswerIsTheSameHeaderWhetherNativeCodeOrJavaSignsIt(SignatureAlgorithm algorithm) {
        AnswerSigner inJava = new AnswerSigner();
        inJava.keys = stored;
        inJava.secrets = secrets;
        inJava.clock = clock;
        inJava.provider = SigningProvider.JAVA;
        signer.provider = SigningProvider.using(NativeProvider.accp());

        String nativeHeader = TenantContext.call(ACME, () -> signer.sign(BODY, algorithm));
        String javaHeader = TenantContext.call(ACME, () -> inJava.sign(BODY, algorithm));

        assertThat(nativeHeader).isEqualTo(javaHeader);
        assertThat(signer.signedBy(algorithm)).isEqualTo("AmazonCorrettoCryptoProvider");
        assertThat(inJava.signedBy(algorithm)).isIn("SunRsaSign", "BouncyCastle");
    }

    @Test
    void eachStoreSignsWithItsOwnKey() throws Exception {
        AnswerSignature acme =
                AnswerSignature.parse(TenantContext.call(ACME, () -> signer.sign(BODY, SignatureAlgorithm.RSA_SHA256)));
        AnswerSignature globex = AnswerSignature.parse(
                TenantContext.call(GLOBEX, () -> signer.sign(BODY, SignatureAlgorithm.RSA_SHA256)));

        assertThat(acme.kid()).isNotEqualTo(globex.kid());
        String globexPem =
                stored.activeOf(GLOBEX, SignatureAlgorithm.RSA_SHA256).publicKeyPem();
        assertThat(verifies(SignatureAlgorithm.RSA_SHA256, globexPem, BODY, acme.signature()))
                .isFalse();
        assertThat(verifies(SignatureAlgorithm.RSA_SHA256, globexPem, BODY, globex.signature()))
                .isTrue();
    }

    @Test
    void theActiveKeyIsLookedUpOncePerMinuteAndOpenedOnce() {
        for (int i = 0; i < 50; i++) {
            TenantContext.run(ACME, () -> signer.sign(BODY, SignatureAlgorithm.ED25519));
        }
        assertThat(stored.lookups).isEqualTo(1);

        clock.advance(Duration.ofSeconds(AnswerSigner.ACTIVE_KEY_TTL_SECONDS));
        TenantContext.run(ACME, () -> signer.sign(BODY, SignatureAlgorithm.ED25519));

        assertThat(stored.lookups).isEqualTo(2);
    }

    @Test
    void aRotationOnThisNodeIsUsedAtOnce() {
        String before = AnswerSignature.parse(
                        TenantContext.call(ACME, () -> signer.sign(BODY, SignatureAlgorithm.RSA_SHA256)))
                .kid();
        SigningKey fresh = stored.rotate(ACME, SignatureAlgorithm.RSA_SHA256);

        signer.onRotated(new SigningKeyRotated(ACME.schema(), SignatureAlgorithm.RSA_SHA256, before, fresh.kid()));

        AnswerSignature after =
                AnswerSignature.parse(TenantContext.call(ACME, () -> signer.sign(BODY, SignatureAlgorithm.RSA_SHA256)));
        assertThat(after.kid()).isEqualTo(fresh.kid()).isNotEqualTo(before);
        assertThat(verifies(SignatureAlgorithm.RSA_SHA256, fresh.publicKeyPem(), BODY, after.signature()))
                .isTrue();
    }

    @Test
    void keysOpenedAheadOfTheFirstAnswerSpareTheLookup() {
        TenantContext.run(
                ACME, () -> signer.remember(java.util.List.of(stored.activeOf(ACME, SignatureAlgorithm.ED25519))));
        int lookupsBefore = stored.lookups;

        TenantContext.run(ACME, () -> signer.sign(BODY, SignatureAlgorithm.ED25519));

        assertThat(stored.lookups).isEqualTo(lookupsBefore);
    }

    @Test
    void thereIsNoKeyOutsideAStore() {
        assertThatThrownBy(() -> signer.sign(BODY, SignatureAlgorithm.RSA_SHA256))
                .isInstanceOf(IllegalStateException.class);
    }

    static boolean verifies(SignatureAlgorithm algorithm, String pem, byte[] body, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(algorithm.jdkSignatureName());
            verifier.initVerify(algorithm.publicKey(pem));
            verifier.update(body);
            return verifier.verify(signature);
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    /** The stores' keys as the database would hold them, counting the look-ups of active keys. */
    private final class StoredKeys extends SigningKeys {
        private final Map<String, Map<SignatureAlgorithm, SigningKey>> active = new HashMap<>();
        int lookups;

        @Override
        public SigningKey active(SignatureAlgorithm algorithm) {
            lookups++;
            return activeOf(TenantContext.require(), algorithm);
        }

        SigningKey activeOf(TenantRef store, SignatureAlgorithm algorithm) {
            return active.computeIfAbsent(store.schema(), s -> new EnumMap<>(SignatureAlgorithm.class))
                    .computeIfAbsent(
                            algorithm,
                            a -> SigningKey.generate(
                                    SigningKey.newKid(a, AnswerSignerTest.this.clock.instant()),
                                    a,
                                    store.schema(),
                                    AnswerSignerTest.this.secrets,
                                    AnswerSignerTest.this.clock.instant()));
        }

        SigningKey rotate(TenantRef store, SignatureAlgorithm algorithm) {
            activeOf(store, algorithm).retire(AnswerSignerTest.this.clock.instant());
            active.get(store.schema()).remove(algorithm);
            return activeOf(store, algorithm);
        }
    }
}
