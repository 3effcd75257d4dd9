package com.mastertrade.delivery.storage;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's one {@link BlobStore}, chosen by configuration: {@code MT_STORAGE=filesystem} (the
 * default) under {@code MT_STORAGE_DIR} or {@code $MT_HOME/storage}, or {@code MT_STORAGE=s3} with the
 * {@code MT_S3_*} settings (docs/delivery.md, ADR 0013).
 */
@ApplicationScoped
public class BlobStores {

    private static final Logger LOG = Logger.getLogger(BlobStores.class.getName());

    @Inject
    @ConfigProperty(name = "mt.storage", defaultValue = "filesystem")
    String kind;

    @Inject
    @ConfigProperty(name = "mt.storage-dir")
    Optional<String> storageDir;

    @Inject
    @ConfigProperty(name = "mt.home")
    Optional<String> home;

    @Inject
    @ConfigProperty(name = "mt.s3-endpoint")
    Optional<String> endpoint;

    @Inject
    @ConfigProperty(name = "mt.s3-region", defaultValue = "us-east-1")
    String region;

    @Inject
    @ConfigProperty(name = "mt.s3-bucket")
    Optional<String> bucket;

    @Inject
    @ConfigProperty(name = "mt.s3-path-style", defaultValue = "false")
    boolean pathStyle;

    @Inject
    @ConfigProperty(name = "mt.s3-access-key")
    Optional<String> accessKey;

    @Inject
    @ConfigProperty(name = "mt.s3-secret-key")
    Optional<String> secretKey;

    @Inject
    @ConfigProperty(name = "mt.cdn-base-url")
    Optional<String> cdnBaseUrl;

    private S3BlobStore s3;

    @Produces
    @ApplicationScoped
    BlobStore blobStore() {
        switch (kind.strip().toLowerCase(Locale.ROOT)) {
            case "filesystem", "fs", "" -> {
                Path root = storageRoot();
                LOG.info(() -> "Blobs are kept under " + root);
                return new FileSystemBlobStore(root);
            }
            case "s3" -> {
                S3Settings settings = new S3Settings(
                        endpoint.filter(e -> !e.isBlank()).map(URI::create),
                        region,
                        bucket.orElse(null),
                        pathStyle,
                        accessKey.filter(k -> !k.isBlank()),
                        secretKey.filter(k -> !k.isBlank()),
                        cdnBaseUrl.filter(u -> !u.isBlank()).map(URI::create));
                LOG.info(() -> "Blobs are kept in S3 bucket " + settings.bucket()
                        + settings.endpoint().map(e -> " at " + e).orElse(""));
                s3 = new S3BlobStore(settings);
                return s3;
            }
            default -> throw new IllegalStateException("MT_STORAGE is filesystem or s3, not " + kind);
        }
    }

    /** {@code MT_STORAGE_DIR}, else {@code $MT_HOME/storage}. */
    Path storageRoot() {
        return Folders.of(storageDir, home, "storage");
    }

    @PreDestroy
    void close() {
        if (s3 != null) {
            s3.close();
        }
    }
}
