package com.mastertrade.payment.http;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * OAuth2 client-credentials access tokens (PayPal, Orange Money), kept until shortly before they expire so that a
 * checkout costs one call, not two. A token is cached under the API, the client id and a hash of the secret: a
 * store that enters another store's client id with a wrong secret never borrows that store's token.
 */
public final class AccessTokens {

    /** A token this close to its expiry is not used any more: the call it is for must still find it valid. */
    private static final Duration MARGIN = Duration.ofSeconds(60);

    private static final int UNAUTHORIZED = 401;

    private final ProviderHttp http;
    private final Clock clock;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    private record Token(String value, Instant usableUntil) {}

    public AccessTokens(ProviderHttp http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    /**
     * Sends a request made with a valid token of this client; an answer 401 (a token revoked before its expiry)
     * drops the token and the request is sent once more with a new one.
     */
    public ProviderAnswer send(
            URI tokenEndpoint, String clientId, String clientSecret, Function<String, HttpRequest.Builder> request) {
        String key = key(tokenEndpoint, clientId, clientSecret);
        ProviderAnswer answer = http.send(request.apply(token(key, tokenEndpoint, clientId, clientSecret)));
        if (answer.status() == UNAUTHORIZED) {
            tokens.remove(key);
            answer = http.send(request.apply(token(key, tokenEndpoint, clientId, clientSecret)));
        }
        return answer;
    }

    private String token(String key, URI endpoint, String clientId, String clientSecret) {
        Token cached = tokens.get(key);
        if (cached != null && clock.instant().isBefore(cached.usableUntil())) {
            return cached.value();
        }
        Token fresh = fetch(endpoint, clientId, clientSecret);
        tokens.put(key, fresh);
        return fresh.value();
    }

    private Token fetch(URI endpoint, String clientId, String clientSecret) {
        JsonObject answer = http.send(ProviderHttp.postForm(endpoint, "", Map.of("grant_type", "client_credentials"))
                        .header("Authorization", ProviderHttp.basicAuthorization(clientId, clientSecret)))
                .successJson();
        String value = answer.getString("access_token", "");
        if (value.isBlank()) {
            throw new ProviderRejectedException("The token endpoint answered without an access_token");
        }
        return new Token(
                value, clock.instant().plusSeconds(lifetimeSeconds(answer)).minus(MARGIN));
    }

    /** {@code expires_in} is a number at PayPal and has been seen as a string at Orange Money: both are read. */
    private static long lifetimeSeconds(JsonObject answer) {
        JsonValue expiresIn = answer.get("expires_in");
        if (expiresIn instanceof JsonNumber number) {
            return number.longValue();
        }
        if (expiresIn instanceof JsonString text && text.getString().matches("\\d{1,12}")) {
            return Long.parseLong(text.getString());
        }
        return 0;
    }

    private static String key(URI endpoint, String clientId, String clientSecret) {
        try {
            byte[] secretHash =
                    MessageDigest.getInstance("SHA-256").digest(clientSecret.getBytes(StandardCharsets.UTF_8));
            return endpoint + " " + clientId + " " + HexFormat.of().formatHex(secretHash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
