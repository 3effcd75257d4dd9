package com.mastertrade.shared;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the master key of {@link SecretBox} comes from. Production sets {@code MT_MASTER_KEY} (the base64 of
 * 32 random bytes: {@code openssl rand -base64 32}), the same on every node; while the key is rotated,
 * {@code MT_MASTER_KEY_PREVIOUS} holds the one before. Without {@code MT_MASTER_KEY} a development key is
 * generated once into {@code $MT_HOME/keys/master.key} and a warning says so: secrets sealed with it are
 * lost with that file, and two nodes with two such files cannot read each other's secrets.
 */
@ApplicationScoped
public class MasterKeys {

    static final String FILE_NAME = "master.key";
    private static final Logger LOG = Logger.getLogger(MasterKeys.class.getName());

    @Inject
    @ConfigProperty(name = "mt.master-key")
    Optional<String> masterKey;

    @Inject
    @ConfigProperty(name = "mt.master-key-previous")
    Optional<String> previousKey;

    @Inject
    @ConfigProperty(name = "mt.home")
    Optional<String> home;

    private SecretBox box;

    @PostConstruct
    void load() {
        byte[] current = masterKey.map(value -> decode("MT_MASTER_KEY", value)).orElseGet(() -> {
            Path keys = Path.of(home.orElse(System.getProperty("java.io.tmpdir") + "/mastertrade"), "keys");
            LOG.warning(() -> "MT_MASTER_KEY is not set: secrets are encrypted with the development key in "
                    + keys.resolve(FILE_NAME) + ". Production must set MT_MASTER_KEY, the same on every node.");
            return developmentKey(keys);
        });
        box = new SecretBox(
                current,
                previousKey
                        .map(value -> decode("MT_MASTER_KEY_PREVIOUS", value))
                        .orElse(null));
        LOG.info(() -> "Secrets are sealed with master key id " + box.currentKeyId()
                + (previousKey.isPresent() ? "; the previous master key still opens" : ""));
    }

    @Produces
    SecretBox secretBox() {
        return box;
    }

    static byte[] decode(String name, String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not base64 (make one with: openssl rand -base64 32)");
        }
        if (key.length != 32) {
            throw new IllegalStateException(name + " must be 32 bytes in base64, not " + key.length
                    + " (make one with: openssl rand -base64 32)");
        }
        return key;
    }

    /** The development key in {@code keys/master.key}, created on first use; two nodes racing keep one file. */
    static byte[] developmentKey(Path keys) {
        Path file = keys.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(keys);
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Path temporary = Files.createTempFile(keys, "master", ".tmp");
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
                }
                Files.writeString(temporary, Base64.getEncoder().encodeToString(key) + "\n");
                try {
                    // A link, unlike a rename, never replaces a key that another node has just written.
                    Files.createLink(file, temporary);
                } catch (FileAlreadyExistsException raced) {
                    // the other node's key wins
                } finally {
                    Files.deleteIfExists(temporary);
                }
            }
            return decode(file.toString(), Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the development master key in " + file, e);
        }
    }
}
