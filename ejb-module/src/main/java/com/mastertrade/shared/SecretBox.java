package com.mastertrade.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets kept in the database (private signing keys, payment providers' credentials) with the
 * platform master key: AES-256-GCM with a random 96-bit nonce per secret. The associated data names what the
 * secret is, e.g. {@code signing-key:tenant_acme:rsa-20261124-1a2b3c4d}, so that a sealed value copied to
 * another row or another store does not open there.
 *
 * <p>Sealed form: {@code version (1 byte) | master key id (4) | nonce (12) | ciphertext | GCM tag (16)}; the
 * version and key id are authenticated with the associated data. The key id says which master key sealed a
 * value, so that a previous master key still opens it while the master key is rotated (ADR 0007).
 */
public final class SecretBox {

    static final byte VERSION = 1;
    private static final int KEY_BYTES = 32;
    private static final int KEY_ID_BYTES = 4;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BYTES = 16;
    private static final int HEADER_BYTES = 1 + KEY_ID_BYTES;
    private static final int OVERHEAD = HEADER_BYTES + NONCE_BYTES + TAG_BYTES;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MasterKey current;
    private final MasterKey previous;

    /**
     * @param currentKey  the master key that seals, 32 bytes
     * @param previousKey the master key before the last rotation, still used to open; {@code null} if none
     */
    public SecretBox(byte[] currentKey, byte[] previousKey) {
        this.current = new MasterKey(Objects.requireNonNull(currentKey, "The master key is required."));
        this.previous = previousKey == null ? null : new MasterKey(previousKey);
    }

    /** The secret, encrypted under the current master key and bound to {@code associatedData}. */
    public byte[] seal(byte[] plaintext, String associatedData) {
        byte[] sealed = new byte[OVERHEAD + plaintext.length];
        sealed[0] = VERSION;
        System.arraycopy(current.id(), 0, sealed, 1, KEY_ID_BYTES);
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        System.arraycopy(nonce, 0, sealed, HEADER_BYTES, NONCE_BYTES);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, current, nonce);
            cipher.updateAAD(sealed, 0, HEADER_BYTES);
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            cipher.doFinal(plaintext, 0, plaintext.length, sealed, HEADER_BYTES + NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
        return sealed;
    }

    /**
     * The secret sealed for {@code associatedData}, with whichever known master key sealed it.
     *
     * @throws UnreadableSecretException if the value was altered, belongs to something else, or was sealed
     *                                   with a master key this box does not know
     */
    public byte[] open(byte[] sealed, String associatedData) {
        if (sealed == null || sealed.length < OVERHEAD || sealed[0] != VERSION) {
            throw new UnreadableSecretException("The secret for " + associatedData + " is not a sealed value");
        }
        MasterKey key = keyOf(sealed)
                .orElseThrow(() -> new UnreadableSecretException("The secret for "
                        + associatedData + " was sealed with an unknown master key (id " + keyIdOf(sealed)
                        + "): set MT_MASTER_KEY_PREVIOUS to the key before the last rotation"));
        byte[] nonce = Arrays.copyOfRange(sealed, HEADER_BYTES, HEADER_BYTES + NONCE_BYTES);
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, nonce);
            cipher.updateAAD(sealed, 0, HEADER_BYTES);
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, HEADER_BYTES + NONCE_BYTES, sealed.length - HEADER_BYTES - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new UnreadableSecretException(
                    "The secret for " + associatedData + " does not open: altered, or sealed for something else");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** False for a value sealed with the previous master key: re-seal it to finish a rotation. */
    public boolean isSealedWithCurrentKey(byte[] sealed) {
        return sealed != null
                && sealed.length >= HEADER_BYTES
                && sealed[0] == VERSION
                && Arrays.equals(sealed, 1, HEADER_BYTES, current.id(), 0, KEY_ID_BYTES);
    }

    /** The id of the master key that seals, as written in every sealed value (hex); not secret. */
    public String currentKeyId() {
        return HexFormat.of().formatHex(current.id());
    }

    private Optional<MasterKey> keyOf(byte[] sealed) {
        if (isSealedWithCurrentKey(sealed)) {
            return Optional.of(current);
        }
        if (previous != null && Arrays.equals(sealed, 1, HEADER_BYTES, previous.id(), 0, KEY_ID_BYTES)) {
            return Optional.of(previous);
        }
        return Optional.empty();
    }

    private static String keyIdOf(byte[] sealed) {
        return HexFormat.of().formatHex(sealed, 1, HEADER_BYTES);
    }

    private static Cipher cipher(int mode, MasterKey key, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key.key(), new GCMParameterSpec(TAG_BYTES * 8, nonce));
        return cipher;
    }

    /** A master key and its public id: the first bytes of a hash of the key under a fixed label. */
    @SuppressWarnings("ArrayRecordComponent") // a carrier of bytes, never compared or used as a key
    private record MasterKey(SecretKey key, byte[] id) {

        MasterKey(byte[] key) {
            this(aesKey(key), keyId(key));
        }

        private static SecretKey aesKey(byte[] key) {
            if (key.length != KEY_BYTES) {
                throw new IllegalArgumentException("A master key is " + KEY_BYTES + " bytes, not " + key.length);
            }
            return new SecretKeySpec(key, "AES");
        }

        private static byte[] keyId(byte[] key) {
            try {
                MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
                sha256.update("mastertrade master key id".getBytes(StandardCharsets.US_ASCII));
                return Arrays.copyOf(sha256.digest(key), KEY_ID_BYTES);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("SHA-256 is part of every JDK", e);
            }
        }
    }

    /** A sealed value that does not open: tampered with, moved, or sealed with an unknown master key. */
    public static class UnreadableSecretException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        UnreadableSecretException(String message) {
            super(message);
        }
    }
}
