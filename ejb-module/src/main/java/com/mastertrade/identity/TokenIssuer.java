package com.mastertrade.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues RS256 JWTs in the shape MicroProfile JWT verifies ({@code upn}, {@code groups}), with an audience
 * that tells a store token from an operator token and, for stores, the {@code tenant} it is valid in.
 */
@ApplicationScoped
public class TokenIssuer {

    public static final String STORE_AUDIENCE = "mastertrade-store";
    public static final String OPERATOR_AUDIENCE = "mastertrade-operator";

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    /** The issue instant to the millisecond ({@code iat} has whole seconds), so that {@link SignOuts} can tell a
     * token issued just before a password change from one issued just after it. */
    public static final String ISSUED_AT_MILLIS = "iat_ms";

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "mt.jwt.ttl-seconds", defaultValue = "3600")
    long ttlSeconds;

    public IssuedToken forStoreUser(String tenant, User user) {
        return issue(
                STORE_AUDIENCE,
                user.id().toString(),
                user.email(),
                List.of(user.role().apiName()),
                claims -> claims.add("tenant", tenant).add("name", user.name()));
    }

    public IssuedToken forOperator(Operator operator) {
        return issue(
                OPERATOR_AUDIENCE,
                operator.id().toString(),
                operator.email(),
                List.of(RoleName.SUPERADMIN.apiName()),
                claims -> {});
    }

    IssuedToken issue(
            String audience, String subject, String upn, Collection<String> groups, Consumer<JsonObjectBuilder> extra) {
        Instant now = clock.instant();
        JsonObjectBuilder claims = Json.createObjectBuilder()
                .add("iss", JwtSigningKey.ISSUER)
                .add("aud", audience)
                .add("sub", subject)
                .add("upn", upn)
                .add("groups", Json.createArrayBuilder(groups))
                .add("iat", now.getEpochSecond())
                .add(ISSUED_AT_MILLIS, now.toEpochMilli())
                .add("exp", now.getEpochSecond() + ttlSeconds)
                .add("jti", UUID.randomUUID().toString());
        extra.accept(claims);
        String header = encode("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
        String payload = encode(claims.build().toString());
        String signingInput = header + "." + payload;
        return new IssuedToken(signingInput + "." + sign(signingInput), ttlSeconds);
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String sign(String signingInput) {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(JwtSigningKey.get().getPrivate());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return BASE64URL.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a JWT", e);
        }
    }

    /** A bearer token and how many seconds it lives. */
    public record IssuedToken(String token, long expiresIn) {}
}
