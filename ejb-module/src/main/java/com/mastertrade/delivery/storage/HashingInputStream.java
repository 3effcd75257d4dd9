package com.mastertrade.delivery.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Counts and hashes (SHA-256) the bytes that are read through it, so a store learns both as it streams. */
final class HashingInputStream extends FilterInputStream {

    private final MessageDigest digest;
    private long count;

    HashingInputStream(InputStream in) {
        super(in);
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            digest.update((byte) b);
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            digest.update(buffer, offset, n);
            count += n;
        }
        return n;
    }

    /** Skipped bytes would be missing from the digest: they are read instead. */
    @Override
    public long skip(long n) throws IOException {
        byte[] sink = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int read = read(sink, 0, (int) Math.min(sink.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int limit) {
        // not supported: a reset would hash bytes twice
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }

    long count() {
        return count;
    }

    /** The SHA-256 of what was read, lower-case hex; call once, at the end. */
    String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }

    StoredBlob stored(String key) {
        return new StoredBlob(key, count, sha256());
    }
}
