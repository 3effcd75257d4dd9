package com.mastertrade.payment.sandbox;

import com.mastertrade.payment.InvalidWebhookException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The sandbox's webhook signature, made like Stripe's:
 * {@code Sandbox-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>." + raw body)>}. Several
 * {@code v1} values may be sent (one per secret while a secret changes); one matching is enough. A timestamp
 * more than five minutes away from now is refused, so that a captured delivery cannot be replayed later.
 */
public final class SandboxSignature {

    public static final String HEADER = "Sandbox-Signature";
    static final Duration TOLERANCE = Duration.ofMinutes(5);

    private SandboxSignature() {}

    /** The header value for a body sent at {@code timestamp}. */
    public static String header(String secret, Instant timestamp, byte[] body) {
        long seconds = timestamp.getEpochSecond();
        return "t=" + seconds + ",v1=" + HexFormat.of().formatHex(hmac(secret, seconds, body));
    }

    /** Returns quietly when the header signs these exact bytes with the secret, recently; else 400. */
    public static void verify(Optional<String> header, byte[] body, String secret, Instant now) {
        Long timestamp = null;
        List<byte[]> signatures = new ArrayList<>();
        for (String part :
                header.orElseThrow(() -> invalid("no " + HEADER + " header")).split(",", -1)) {
            String[] pair = part.strip().split("=", 2);
            if (pair.length == 2 && pair[0].equals("t") && pair[1].matches("[0-9]{1,12}")) {
                timestamp = Long.parseLong(pair[1]);
            } else if (pair.length == 2 && pair[0].equals("v1") && pair[1].matches("[0-9a-fA-F]{64}")) {
                signatures.add(HexFormat.of().parseHex(pair[1]));
            }
        }
        if (timestamp == null || signatures.isEmpty()) {
            throw invalid(HEADER + " is t=<unix seconds>,v1=<hex HMAC-SHA256>");
        }
        if (Duration.between(Instant.ofEpochSecond(timestamp), now).abs().compareTo(TOLERANCE) > 0) {
            throw invalid("the signature's timestamp is more than " + TOLERANCE.toMinutes() + " minutes from now");
        }
        byte[] expected = hmac(secret, timestamp, body);
        // Every candidate is compared in constant time, and all of them, so timing tells nothing either.
        boolean matched = false;
        for (byte[] signature : signatures) {
            matched |= MessageDigest.isEqual(expected, signature);
        }
        if (!matched) {
            throw invalid("the signature does not match the body");
        }
    }

    private static byte[] hmac(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    private static InvalidWebhookException invalid(String why) {
        return new InvalidWebhookException("Sandbox webhook refused: " + why);
    }
}
