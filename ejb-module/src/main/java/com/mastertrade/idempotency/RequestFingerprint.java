package com.mastertrade.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * What a request asks, so that a key sent again with something else is told apart: SHA-256 of the method, the
 * path with its query and the raw body bytes (the same JSON written with other spaces is another request, as for
 * Stripe: clients send again the bytes they sent).
 */
public final class RequestFingerprint {

    private final byte[] sha256;

    private RequestFingerprint(byte[] sha256) {
        this.sha256 = sha256.clone();
    }

    public static RequestFingerprint of(String method, String pathAndQuery, byte[] body) {
        MessageDigest digest = sha256();
        // Lengths first, so that no two (method, path, body) triples can write the same bytes.
        for (byte[] part : new byte[][] {
            method.getBytes(StandardCharsets.UTF_8), pathAndQuery.getBytes(StandardCharsets.UTF_8), body
        }) {
            digest.update(Integer.toString(part.length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) ':');
            digest.update(part);
        }
        return new RequestFingerprint(digest.digest());
    }

    static RequestFingerprint stored(byte[] sha256) {
        return new RequestFingerprint(sha256);
    }

    byte[] bytes() {
        return sha256.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RequestFingerprint that && MessageDigest.isEqual(sha256, that.sha256);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sha256);
    }

    @Override
    public String toString() {
        return HexFormat.of().formatHex(sha256);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
