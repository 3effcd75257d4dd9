package com.mastertrade.delivery.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Blobs as files under one root ({@code MT_STORAGE_DIR}, by default {@code $MT_HOME/storage}). A blob is
 * written to a temporary file beside its place and moved there when complete, so a reader never sees half a
 * file; ranges are read through a {@link FileChannel} positioned at the offset.
 */
public final class FileSystemBlobStore implements BlobStore {

    private static final int BUFFER = 64 * 1024;

    private final Path root;

    public FileSystemBlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public StoredBlob put(String key, InputStream bytes) throws IOException {
        Path target = pathOf(key);
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        HashingInputStream hashing = new HashingInputStream(bytes);
        try {
            try (FileChannel channel =
                            FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                hashing.transferTo(out);
                channel.force(true);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        return hashing.stored(key);
    }

    @Override
    public InputStream open(String key, long offset, long length) throws IOException {
        Path file = pathOf(key);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            checkRange(offset, length, channel.size(), key);
            channel.position(offset);
            return new BoundedInputStream(Channels.newInputStream(channel), length);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public Optional<URI> presignedGet(String key, String downloadName, Duration validity) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> localFile(String key) {
        try {
            return Optional.of(pathOf(key)).filter(Files::isRegularFile);
        } catch (NoSuchFileException notOurs) {
            return Optional.empty();
        }
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(pathOf(key));
    }

    /** The file of a key; a key that is not ours, or one that would lead outside the root, is refused. */
    Path pathOf(String key) throws NoSuchFileException {
        if (!BlobKeys.isSafe(key)) {
            throw new NoSuchFileException("blob " + (key == null ? "null" : "of " + key.length() + " chars"));
        }
        Path file = root.resolve(key).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new NoSuchFileException("blob outside the store");
        }
        return file;
    }

    static void checkRange(long offset, long length, long size, String key) {
        if (offset < 0 || length < 0 || offset > size || length > size - offset) {
            throw new IllegalArgumentException(
                    "Bytes " + offset + "+" + length + " are outside blob " + key + " of " + size + " bytes");
        }
    }

    /** Stops after {@code remaining} bytes, whatever the stream below holds. */
    private static final class BoundedInputStream extends FilterInputStream {
        private long remaining;

        BoundedInputStream(InputStream in, long remaining) {
            super(in);
            this.remaining = remaining;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = super.read(buffer, offset, (int) Math.min(Math.min(length, remaining), BUFFER));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, remaining));
            remaining -= skipped;
            return skipped;
        }

        @Override
        public int available() throws IOException {
            return (int) Math.min(super.available(), remaining);
        }
    }
}
