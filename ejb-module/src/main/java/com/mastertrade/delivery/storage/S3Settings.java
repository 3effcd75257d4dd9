package com.mastertrade.delivery.storage;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an S3-compatible store is and how to reach it: endpoint (empty for AWS itself), region, bucket,
 * path-style addressing (MinIO, s3proxy and most self-hosted stores want it), credentials (empty: the SDK's
 * default chain, e.g. an instance role) and an optional CDN in front of the bucket.
 */
public record S3Settings(
        Optional<URI> endpoint,
        String region,
        String bucket,
        boolean pathStyle,
        Optional<String> accessKey,
        Optional<String> secretKey,
        Optional<URI> cdnBaseUrl) {

    public S3Settings {
        Objects.requireNonNull(endpoint, "Endpoint is required (empty for AWS).");
        Objects.requireNonNull(region, "MT_S3_REGION is required.");
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalStateException("MT_STORAGE=s3 needs MT_S3_BUCKET");
        }
        if (accessKey.isPresent() != secretKey.isPresent()) {
            throw new IllegalStateException("Set both MT_S3_ACCESS_KEY and MT_S3_SECRET_KEY, or neither");
        }
        Objects.requireNonNull(cdnBaseUrl, "CDN base URL is required (empty for none).");
    }
}
