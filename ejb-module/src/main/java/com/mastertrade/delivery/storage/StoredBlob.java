package com.mastertrade.delivery.storage;

import java.util.Objects;

/** What a {@link BlobStore} kept: the key, the number of bytes and their SHA-256 in lower-case hex. */
public record StoredBlob(String key, long size, String sha256) {

    public StoredBlob {
        Objects.requireNonNull(key, "Key is required.");
        Objects.requireNonNull(sha256, "SHA-256 is required.");
        if (size < 0) {
            throw new IllegalArgumentException("A blob has no negative size");
        }
    }
}
