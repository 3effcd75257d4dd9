package com.mastertrade.delivery.storage;

import static com.mastertrade.delivery.storage.FileSystemBlobStoreTest.randomBytes;
import static com.mastertrade.delivery.storage.FileSystemBlobStoreTest.read;
import static com.mastertrade.delivery.storage.FileSystemBlobStoreTest.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * S3BlobStore against a real S3 endpoint: s3proxy in this JVM on a free loopback port, with jclouds' transient
 * (in-memory) storage and AWS signatures checked (ADR 0013).
 */
class S3BlobStoreTest {

    private static final String BUCKET = "mastertrade-test";
    private static final String ACCESS = "test-access";
    private static final String SECRET = "test-secret-key";

    private static BlobStoreContext storage;
    private static S3Proxy proxy;
    private static S3BlobStore store;
    private static URI endpoint;

    @BeforeAll
    static void startS3() throws Exception {
        storage = ContextBuilder.newBuilder("transient")
                .credentials("identity", "credential")
                .overrides(new Properties())
                .build(BlobStoreContext.class);
        storage.getBlobStore().createContainerInLocation(null, BUCKET);
        proxy = S3Proxy.builder()
                .blobStore(storage.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS, SECRET)
                .build();
        proxy.start();
        for (int i = 0; i < 500 && !proxy.getState().equals("STARTED"); i++) {
            Thread.sleep(10);
        }
        endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
        store = new S3BlobStore(settings(Optional.empty()));
    }

    @AfterAll
    static void stopS3() throws Exception {
        if (store != null) {
            store.close();
        }
        if (proxy != null) {
            proxy.stop();
        }
        if (storage != null) {
            storage.close();
        }
    }

    private static S3Settings settings(Optional<URI> cdn) {
        return new S3Settings(
                Optional.of(endpoint), "us-east-1", BUCKET, true, Optional.of(ACCESS), Optional.of(SECRET), cdn);
    }

    @Test
    void aSmallBlobGoesUpInOnePutWithItsSizeAndSha256() throws Exception {
        byte[] bytes = randomBytes(50_000);

        StoredBlob blob = store.put("acme/releases/small", new ByteArrayInputStream(bytes));

        assertThat(blob).isEqualTo(new StoredBlob("acme/releases/small", bytes.length, sha256(bytes)));
        assertThat(read(store, blob.key(), 0, bytes.length)).isEqualTo(bytes);
    }

    @Test
    void aBlobOverAPartGoesUpInPartsAndRangesReadAcrossThem() throws Exception {
        byte[] bytes = randomBytes(S3BlobStore.PART_SIZE * 2 + 12_345);

        StoredBlob blob = store.put("acme/releases/big", new ByteArrayInputStream(bytes));

        assertThat(blob.size()).isEqualTo(bytes.length);
        assertThat(blob.sha256()).isEqualTo(sha256(bytes));
        long from = S3BlobStore.PART_SIZE - 100;
        assertThat(read(store, blob.key(), from, 200))
                .isEqualTo(Arrays.copyOfRange(bytes, (int) from, (int) from + 200));
        assertThat(read(store, blob.key(), bytes.length - 5, 5))
                .isEqualTo(Arrays.copyOfRange(bytes, bytes.length - 5, bytes.length));
        assertThat(read(store, blob.key(), 0, 0)).isEmpty();
        assertThat(sha256(read(store, blob.key(), 0, bytes.length))).isEqualTo(blob.sha256());
    }

    @Test
    void aPresignedGetFetchesTheBlobNamingTheFile() throws Exception {
        byte[] bytes = randomBytes(10_000);
        store.put("acme/releases/signed", new ByteArrayInputStream(bytes));

        URI url = store.presignedGet("acme/releases/signed", "GestCom Pro 5.2.exe", Duration.ofMinutes(5))
                .orElseThrow();

        assertThat(url.toString())
                .startsWith(endpoint + "/" + BUCKET + "/acme/releases/signed?")
                .contains("X-Amz-Signature=", "X-Amz-Expires=300", "response-content-disposition=attachment");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> answer =
                http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(bytes);
        URI forged = URI.create(url.toString().replace("acme/releases/signed", "acme/releases/other"));
        assertThat(http.send(HttpRequest.newBuilder(forged).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void withACdnTheUrlIsTheCdnsBaseAndTheKey() {
        try (S3BlobStore cdn = new S3BlobStore(settings(Optional.of(URI.create("https://cdn.example.test/files/"))))) {
            assertThat(cdn.presignedGet("acme/releases/k", "setup.exe", Duration.ofMinutes(5)))
                    .contains(URI.create("https://cdn.example.test/files/acme/releases/k"));
        }
    }

    @Test
    void aMissingBlobIsNoSuchFileAndDeletingRemovesIt() throws Exception {
        assertThatThrownBy(() -> store.open("acme/releases/none", 0, 10)).isInstanceOf(NoSuchFileException.class);
        store.put("acme/releases/gone", new ByteArrayInputStream(new byte[] {1, 2}));
        store.delete("acme/releases/gone");
        assertThatThrownBy(() -> store.open("acme/releases/gone", 0, 1)).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> store.put("../escape", new ByteArrayInputStream(new byte[1])))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wrongCredentialsAreRefusedByTheEndpoint() {
        try (S3BlobStore intruder = new S3BlobStore(new S3Settings(
                Optional.of(endpoint),
                "us-east-1",
                BUCKET,
                true,
                Optional.of(ACCESS),
                Optional.of("not-the-secret"),
                Optional.empty()))) {
            assertThatThrownBy(() -> intruder.put("acme/releases/x", new ByteArrayInputStream(new byte[] {1})))
                    .hasMessageContaining("S3 refused");
        }
    }
}
