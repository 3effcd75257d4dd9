package com.mastertrade.delivery.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Blobs on the local disk: whole or absent, ranges read from their offset, no key leaving the root. */
class FileSystemBlobStoreTest {

    @TempDir
    Path root;

    @Test
    void storesTheBytesWithTheirSizeAndSha256() throws Exception {
        byte[] bytes = randomBytes(300_000);
        BlobStore store = new FileSystemBlobStore(root);

        StoredBlob blob = store.put("acme/releases/one", new ByteArrayInputStream(bytes));

        assertThat(blob).isEqualTo(new StoredBlob("acme/releases/one", bytes.length, sha256(bytes)));
        assertThat(Files.readAllBytes(root.resolve("acme/releases/one"))).isEqualTo(bytes);
        try (Stream<Path> files = Files.list(root.resolve("acme/releases"))) {
            assertThat(files).as("no temporary file left").hasSize(1);
        }
        assertThat(store.presignedGet(blob.key(), "setup.exe", Duration.ofMinutes(5)))
                .isEmpty();
    }

    @Test
    void readsAnyRangeAndOnlyIt() throws Exception {
        byte[] bytes = randomBytes(200_000);
        BlobStore store = new FileSystemBlobStore(root);
        store.put("acme/releases/r", new ByteArrayInputStream(bytes));

        assertThat(read(store, "acme/releases/r", 0, bytes.length)).isEqualTo(bytes);
        assertThat(read(store, "acme/releases/r", 100_000, 70_000))
                .isEqualTo(Arrays.copyOfRange(bytes, 100_000, 170_000));
        assertThat(read(store, "acme/releases/r", bytes.length - 1, 1)).containsExactly(bytes[bytes.length - 1]);
        assertThat(read(store, "acme/releases/r", bytes.length, 0)).isEmpty();
        assertThatThrownBy(() -> store.open("acme/releases/r", bytes.length - 10, 11))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.open("acme/releases/r", -1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFailedWriteLeavesNothingAndKeepsThePreviousBlob() throws Exception {
        BlobStore store = new FileSystemBlobStore(root);
        store.put("acme/releases/x", new ByteArrayInputStream(new byte[] {1, 2, 3}));
        InputStream failing = new InputStream() {
            private int left = 100_000;

            @Override
            public int read() throws IOException {
                if (left-- == 0) {
                    throw new IOException("connection reset");
                }
                return 7;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (left <= 0) {
                    throw new IOException("connection reset");
                }
                int n = Math.min(length, left);
                Arrays.fill(buffer, offset, offset + n, (byte) 7);
                left -= n;
                return n;
            }
        };

        assertThatThrownBy(() -> store.put("acme/releases/x", failing)).hasMessageContaining("connection reset");

        assertThat(Files.readAllBytes(root.resolve("acme/releases/x"))).containsExactly(1, 2, 3);
        try (Stream<Path> files = Files.list(root.resolve("acme/releases"))) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void keysThatAreNotOursNeverBecomePaths() {
        FileSystemBlobStore store = new FileSystemBlobStore(root);
        for (String key : new String[] {"../outside", "acme/../../etc/passwd", "/etc/passwd", "acme\\..\\x", ""}) {
            assertThatThrownBy(() -> store.put(key, new ByteArrayInputStream(new byte[1])))
                    .as(key)
                    .isInstanceOf(NoSuchFileException.class);
            assertThatThrownBy(() -> store.open(key, 0, 0)).as(key).isInstanceOf(NoSuchFileException.class);
        }
        assertThat(root.getParent().resolve("outside")).doesNotExist();
    }

    @Test
    void aMissingBlobIsNoSuchFileAndDeletingItIsNoError() throws Exception {
        BlobStore store = new FileSystemBlobStore(root);
        assertThatThrownBy(() -> store.open("acme/releases/none", 0, 0)).isInstanceOf(NoSuchFileException.class);
        store.delete("acme/releases/none");
        store.put("acme/releases/gone", new ByteArrayInputStream(new byte[] {1}));
        store.delete("acme/releases/gone");
        assertThat(root.resolve("acme/releases/gone")).doesNotExist();
    }

    static byte[] read(BlobStore store, String key, long offset, long length) throws IOException {
        try (InputStream in = store.open(key, offset, length)) {
            return in.readAllBytes();
        }
    }

    static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
