package com.mastertrade.delivery.download;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntFunction;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Writes and reads download tokens (ADR 0014): a fixed binary layout, HMAC-SHA256 over it with the store's
 * token key, the whole in unpadded base64url. Reading checks the MAC in constant time before it believes any
 * field; anything that does not verify (another key, a changed byte, a truncated or padded token, a character
 * outside base64url) is one answer: invalid. Pure: no clock, no container.
 *
 * <pre>
 * version (1) = 1 | key id (4) | store id (8) | licence id (8) | release id (8) | user id (8, 0 = none)
 * | expires at, Unix seconds (8) | token id (16) | bound address length (1, 0 = none) | address, ASCII
 * | HMAC-SHA256 of all the bytes before it (32)
 * </pre>
 */
public final class DownloadTokenCodec {

    static final byte VERSION = 1;
    static final int MAC_BYTES = 32;
    private static final int FIXED_BYTES = 1 + 4 + 8 + 8 + 8 + 8 + 8 + 16 + 1;
    private static final int MAX_ADDRESS_CHARS = 45;
    static final int MAX_TOKEN_CHARS = (FIXED_BYTES + MAX_ADDRESS_CHARS + MAC_BYTES) * 4 / 3 + 1;

    private DownloadTokenCodec() {}

    /** The token of a grant, signed with the store's key. */
    public static String encode(DownloadToken token, TokenKey key) {
        byte[] address = token.boundAddress()
                .map(a -> a.getBytes(StandardCharsets.US_ASCII))
                .orElse(new byte[0]);
        if (address.length > MAX_ADDRESS_CHARS) {
            throw new IllegalArgumentException("An address is at most " + MAX_ADDRESS_CHARS + " characters");
        }
        ByteBuffer bytes = ByteBuffer.allocate(FIXED_BYTES + address.length + MAC_BYTES);
        bytes.put(VERSION)
                .putInt(key.id())
                .putLong(token.storeId())
                .putLong(token.licenseId())
                .putLong(token.releaseId())
                .putLong(token.userId().orElse(0L))
                .putLong(token.expiresAt().getEpochSecond())
                .putLong(token.tokenId().getMostSignificantBits())
                .putLong(token.tokenId().getLeastSignificantBits())
                .put((byte) address.length)
                .put(address);
        bytes.put(key.mac(bytes.array(), 0, bytes.position()));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /**
     * The grant a token carries, if it was signed by the key it names; empty for anything else.
     *
     * @param keys the store's key of an id, null when the store has none of that id
     */
    public static Optional<DownloadToken> decode(String text, IntFunction<TokenKey> keys) {
        Optional<byte[]> bytes = base64url(text);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        ByteBuffer token = ByteBuffer.wrap(bytes.get());
        int size = token.remaining();
        if (size < FIXED_BYTES + MAC_BYTES || token.get() != VERSION) {
            return Optional.empty();
        }
        TokenKey key = keys.apply(token.getInt());
        int addressLength = token.get(FIXED_BYTES - 1) & 0xff;
        int signed = FIXED_BYTES + addressLength;
        if (key == null || addressLength > MAX_ADDRESS_CHARS || size != signed + MAC_BYTES) {
            return Optional.empty();
        }
        byte[] expected = key.mac(token.array(), 0, signed);
        byte[] given = new byte[MAC_BYTES];
        token.get(signed, given);
        if (!MessageDigest.isEqual(expected, given)) {
            return Optional.empty();
        }
        long storeId = token.getLong();
        long licenseId = token.getLong();
        long releaseId = token.getLong();
        long userId = token.getLong();
        Instant expiresAt = Instant.ofEpochSecond(token.getLong());
        UUID tokenId = new UUID(token.getLong(), token.getLong());
        token.get();
        byte[] address = new byte[addressLength];
        token.get(address);
        return Optional.of(new DownloadToken(
                storeId,
                licenseId,
                releaseId,
                userId == 0 ? Optional.empty() : Optional.of(userId),
                expiresAt,
                tokenId,
                addressLength == 0 ? Optional.empty() : Optional.of(new String(address, StandardCharsets.US_ASCII))));
    }

    /** Strict unpadded base64url of a sensible length; the JDK's decoder alone would take padding and MIME. */
    private static Optional<byte[]> base64url(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_TOKEN_CHARS) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed =
                    (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!allowed) {
                return Optional.empty();
            }
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(text);
            // Unused low bits of the last character must be zero, else two texts would read as one token.
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(text)
                    ? Optional.of(bytes)
                    : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** A store's secret that signs its download tokens, and the id a token names it by. */
    @SuppressWarnings("ArrayRecordComponent") // a carrier of key bytes, never compared or used as a map key
    public record TokenKey(int id, byte[] secret) {

        public TokenKey {
            if (secret == null || secret.length < 32) {
                throw new IllegalArgumentException("A token key is at least 32 bytes");
            }
            secret = secret.clone();
        }

        byte[] mac(byte[] bytes, int offset, int length) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret, "HmacSHA256"));
                mac.update(bytes, offset, length);
                return mac.doFinal();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
            }
        }
    }
}
