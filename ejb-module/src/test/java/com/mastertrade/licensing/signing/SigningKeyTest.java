package com.mastertrade.licensing.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mastertrade.shared.SecretBox;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SigningKeyTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

    static byte[] masterKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void aNewKeyIsActivePublishedAsPemAndSealed(SignatureAlgorithm algorithm) throws Exception {
        SecretBox secrets = new SecretBox(masterKey(), null);
        SigningKey key = SigningKey.generate("k1", algorithm, "tenant_acme", secrets, NOW);

        assertThat(key.isActive()).isTrue();
        assertThat(key.status()).isEqualTo("active");
        assertThat(key.publicKeyPem())
                .startsWith("-----BEGIN PUBLIC KEY-----\n")
                .endsWith("-----END PUBLIC KEY-----\n");
        byte[] der = key.privateKey("tenant_acme", secrets).getEncoded();
        byte[] sealed = key.sealedPrivateKey();
        String stored = new String(sealed, StandardCharsets.ISO_8859_1);
        assertThat(stored).as("the private key in clear").doesNotContain(new String(der, StandardCharsets.ISO_8859_1));
        assertThat(stored).doesNotContain("PRIVATE KEY");
        assertThat(algorithm.publicKey(key.publicKeyPem()).getAlgorithm())
                .isEqualTo(algorithm == SignatureAlgorithm.ED25519 ? "EdDSA" : "RSA");
    }

    @Test
    void theSealedKeyOpensOnlyForItsOwnStore() {
        SecretBox secrets = new SecretBox(masterKey(), null);
        SigningKey key = SigningKey.generate("k1", SignatureAlgorithm.ED25519, "tenant_acme", secrets, NOW);

        assertThatThrownBy(() -> key.privateKey("tenant_globex", secrets))
                .isInstanceOf(SecretBox.UnreadableSecretException.class);
    }

    @Test
    void aKeySealedWithThePreviousMasterKeyIsSealedAgainWithTheNewOne() {
        byte[] oldMaster = masterKey();
        SigningKey key = SigningKey.generate(
                "k1", SignatureAlgorithm.ED25519, "tenant_acme", new SecretBox(oldMaster, null), NOW);
        byte[] before =
                key.privateKey("tenant_acme", new SecretBox(oldMaster, null)).getEncoded();
        byte[] newMaster = masterKey();
        SecretBox rotated = new SecretBox(newMaster, oldMaster);

        assertThat(key.resealWithCurrentMasterKey("tenant_acme", rotated)).isTrue();
        assertThat(key.resealWithCurrentMasterKey("tenant_acme", rotated)).isFalse();
        assertThat(key.privateKey("tenant_acme", new SecretBox(newMaster, null)).getEncoded())
                .isEqualTo(before);
    }

    @Test
    void aRetiredKeyStaysRetired() {
        SigningKey key = SigningKey.generate(
                "k1", SignatureAlgorithm.ED25519, "tenant_acme", new SecretBox(masterKey(), null), NOW);

        key.retire(NOW.plusSeconds(60));
        key.retire(NOW.plusSeconds(120));

        assertThat(key.isActive()).isFalse();
        assertThat(key.status()).isEqualTo("retired");
        assertThat(key.retiredAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void keyIdsNameTheAlgorithmAndTheDay() {
        assertThat(SigningKey.newKid(SignatureAlgorithm.RSA_SHA256, NOW)).matches("rsa-20261124-[0-9a-f]{8}");
        assertThat(SigningKey.newKid(SignatureAlgorithm.ED25519, NOW)).matches("ed25519-20261124-[0-9a-f]{8}");
        assertThat(SigningKey.newKid(SignatureAlgorithm.ED25519, NOW))
                .isNotEqualTo(SigningKey.newKid(SignatureAlgorithm.ED25519, NOW));
    }
}
