package com.mastertrade.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TokenIssuerTest {

    @BeforeAll
    static void configuredKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        System.setProperty(
                "mt.jwt.private-key",
                JwtSigningKey.pem(
                        "PRIVATE KEY", generator.generateKeyPair().getPrivate().getEncoded()));
    }

    @Test
    void issuesAnRs256TokenThatItsPublicKeyVerifies() throws Exception {
        TokenIssuer issuer = new TokenIssuer();
        issuer.clock = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);
        issuer.ttlSeconds = 3600;

        String token = issuer.issue(
                        TokenIssuer.STORE_AUDIENCE,
                        "42",
                        "awa@example.ci",
                        List.of("admin"),
                        claims -> claims.add("tenant", "acme"))
                .token();

        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(JwtSigningKey.get().getPublic());
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rsa.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();

        JsonObject claims = Json.createReader(
                        new StringReader(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)))
                .readObject();
        assertThat(claims.getString("iss")).isEqualTo("mastertrade");
        assertThat(claims.getString("aud")).isEqualTo("mastertrade-store");
        assertThat(claims.getString("sub")).isEqualTo("42");
        assertThat(claims.getString("tenant")).isEqualTo("acme");
        assertThat(claims.getJsonArray("groups").getString(0)).isEqualTo("admin");
        assertThat(claims.getJsonNumber("exp").longValue()
                        - claims.getJsonNumber("iat").longValue())
                .isEqualTo(3600);
    }

    @Test
    void thePublishedVerificationKeyIsThePublicHalfOfTheSigningKey() {
        String published = new JwtVerificationKeySource().getValue("mp.jwt.verify.publickey");
        assertThat(published).isEqualTo(JwtSigningKey.publicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(new JwtVerificationKeySource().getValue("mp.jwt.verify.issuer"))
                .isEqualTo("mastertrade");
    }
}
