package com.mastertrade.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Arrays;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PBKDF2-HMAC-SHA512 hashes (Jakarta Security's implementation, salt and parameters stored with the hash).
 * A check against an unknown account still runs a full hash, so timing does not reveal which emails exist.
 */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "mt.password.iterations", defaultValue = "210000")
    int iterations;

    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = pbkdf2.generate("not-a-real-password".toCharArray());
    }

    public String hash(char[] password) {
        try {
            return pbkdf2.generate(password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    public boolean matches(char[] password, String storedHash) {
        try {
            return pbkdf2.verify(password, storedHash == null ? decoy : storedHash) && storedHash != null;
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
