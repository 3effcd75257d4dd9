package com.mastertrade.delivery.storage;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the bytes of installers and lessons live: the local filesystem by default, any S3-compatible store in
 * production (ADR 0013). Keys are made by us ({@link BlobKeys}), never taken from a client; nothing here ever
 * holds a whole file in memory.
 */
public interface BlobStore {

    /** Streams the bytes in (never buffering the whole file), computing size and SHA-256 as they pass. */
    StoredBlob put(String key, InputStream bytes) throws IOException;

    /** Bytes [offset, offset+length) of a stored blob, streamed. */
    InputStream open(String key, long offset, long length) throws IOException;

    /** A URL to fetch the blob directly for a while (S3 presigned, or CDN base + key), empty on the filesystem. */
    Optional<URI> presignedGet(String key, String downloadName, Duration validity);

    /**
     * The blob's file on this machine's disk, for a front proxy to send itself (the download hand-off): empty
     * when the blob does not live in a local file.
     */
    default Optional<Path> localFile(String key) {
        return Optional.empty();
    }

    /** Forgets the blob; a key that holds nothing is no error. */
    void delete(String key) throws IOException;
}
