package com.mastertrade.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * The RSA key that signs the platform's JWTs. Production sets {@code MT_JWT_PRIVATE_KEY} (PKCS#8 PEM),
 * the same on every node. Without it a development key is generated once and kept in
 * {@code $MT_HOME/keys/jwt-signing-key.pem}, so tokens survive a restart. The public half is derived
 * from the private key, so the two can never disagree.
 *
 * <p>Read through environment and system properties rather than MicroProfile Config because the
 * verification key is itself served to MicroProfile JWT by a config source ({@link JwtVerificationKeySource}).
 */
public final class JwtSigningKey {

    public static final String ISSUER = "mastertrade";

    private static volatile KeyPair keyPair;

    private JwtSigningKey() {}

    public static KeyPair get() {
        KeyPair current = keyPair;
        if (current == null) {
            synchronized (JwtSigningKey.class) {
                current = keyPair;
                if (current == null) {
                    current = load();
                    keyPair = current;
                }
            }
        }
        return current;
    }

    public static String publicKeyPem() {
        return pem("PUBLIC KEY", get().getPublic().getEncoded());
    }

    private static KeyPair load() {
        String configured = setting("MT_JWT_PRIVATE_KEY", "mt.jwt.private-key");
        try {
            return fromPem(configured != null ? configured : developmentKeyPem());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("MT_JWT_PRIVATE_KEY is not an RSA private key in PKCS#8 PEM", e);
        }
    }

    static KeyPair fromPem(String pem) throws GeneralSecurityException {
        String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        KeyFactory factory = KeyFactory.getInstance("RSA");
        RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) factory.generatePrivate(
                new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        PublicKey publicKey =
                factory.generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
        return new KeyPair(publicKey, privateKey);
    }

    private static String developmentKeyPem() {
        String home = setting("MT_HOME", "mt.home");
        Path file = Path.of(
                home != null ? home : System.getProperty("java.io.tmpdir") + "/mastertrade",
                "keys",
                "jwt-signing-key.pem");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                Path temporary = Files.createTempFile(file.getParent(), "jwt", ".tmp");
                Files.writeString(
                        temporary,
                        pem(
                                "PRIVATE KEY",
                                generator.generateKeyPair().getPrivate().getEncoded()),
                        StandardOpenOption.TRUNCATE_EXISTING);
                try {
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException raced) {
                    Files.deleteIfExists(temporary);
                }
            }
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the development JWT key in " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is part of every JDK", e);
        }
    }

    private static String setting(String environmentName, String propertyName) {
        String value = System.getProperty(propertyName);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentName);
        }
        return value == null || value.isBlank() ? null : value;
    }

    static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
