package com.mastertrade.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private static final String WHAT = "signing-key:tenant_acme:rsa-20261124-1a2b3c4d";
    private static final byte[] SECRET = "the private key of acme".getBytes(StandardCharsets.UTF_8);

    private static byte[] newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    @Test
    void whatIsSealedOpensWithTheSameAssociatedData() {
        SecretBox box = new SecretBox(newKey(), null);

        byte[] sealed = box.seal(SECRET, WHAT);

        assertThat(box.open(sealed, WHAT)).isEqualTo(SECRET);
        assertThat(sealed).hasSize(1 + 4 + 12 + SECRET.length + 16);
        assertThat(sealed[0]).isEqualTo(SecretBox.VERSION);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("private key");
    }

    @Test
    void everySealingUsesAFreshNonce() {
        SecretBox box = new SecretBox(newKey(), null);
        assertThat(box.seal(SECRET, WHAT)).isNotEqualTo(box.seal(SECRET, WHAT));
    }

    @Test
    void anAlteredByteAnywhereIsRefused() {
        SecretBox box = new SecretBox(newKey(), null);
        byte[] sealed = box.seal(SECRET, WHAT);
        for (int i = 0; i < sealed.length; i++) {
            byte[] tampered = sealed.clone();
            tampered[i] ^= 0x01;
            assertThatThrownBy(() -> box.open(tampered, WHAT))
                    .as("byte %d altered", i)
                    .isInstanceOf(SecretBox.UnreadableSecretException.class);
        }
        byte[] truncated = java.util.Arrays.copyOf(sealed, sealed.length - 1);
        assertThatThrownBy(() -> box.open(truncated, WHAT)).isInstanceOf(SecretBox.UnreadableSecretException.class);
    }

    @Test
    void aSecretMovedToAnotherRowOrStoreDoesNotOpen() {
        SecretBox box = new SecretBox(newKey(), null);
        byte[] sealed = box.seal(SECRET, WHAT);

        assertThatThrownBy(() -> box.open(sealed, "signing-key:tenant_globex:rsa-20261124-1a2b3c4d"))
                .isInstanceOf(SecretBox.UnreadableSecretException.class)
                .hasMessageNotContaining("private key");
        assertThatThrownBy(() -> box.open(sealed, "signing-key:tenant_acme:ed25519-20261124-1a2b3c4d"))
                .isInstanceOf(SecretBox.UnreadableSecretException.class);
    }

    @Test
    void afterARotationThePreviousKeyStillOpensAndTheNewOneSeals() {
        byte[] oldKey = newKey();
        byte[] sealedBefore = new SecretBox(oldKey, null).seal(SECRET, WHAT);
        SecretBox rotated = new SecretBox(newKey(), oldKey);

        assertThat(rotated.open(sealedBefore, WHAT)).isEqualTo(SECRET);
        assertThat(rotated.isSealedWithCurrentKey(sealedBefore)).isFalse();
        byte[] sealedAgain = rotated.seal(rotated.open(sealedBefore, WHAT), WHAT);
        assertThat(rotated.isSealedWithCurrentKey(sealedAgain)).isTrue();
        assertThatThrownBy(() -> new SecretBox(oldKey, null).open(sealedAgain, WHAT))
                .isInstanceOf(SecretBox.UnreadableSecretException.class)
                .hasMessageContaining("unknown master key");
    }

    @Test
    void aKeyThatIsNot256BitsIsRefused() {
        assertThatThrownBy(() -> new SecretBox(new byte[16], null)).isInstanceOf(IllegalArgumentException.class);
    }
}
