package com.mastertrade.delivery.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Blobs in an S3-compatible bucket (AWS S3, MinIO, Backblaze B2, DigitalOcean Spaces) through the AWS SDK v2.
 * A blob goes up in parts of {@value #PART_SIZE} bytes (one plain PUT when it is smaller), so memory holds one
 * part whatever the file's size, and its SHA-256 is computed as the parts pass. Downloads are presigned GETs
 * naming the customer's file, or plain URLs under a CDN that fronts the bucket.
 */
public final class S3BlobStore implements BlobStore, AutoCloseable {

    /** 8 MiB: above S3's 5 MiB minimum part, and 10,000 parts reach 78 GiB. */
    static final int PART_SIZE = 8 * 1024 * 1024;

    private static final String CONTENT_TYPE = "application/octet-stream";

    private final S3Settings settings;
    private final S3Client s3;
    private final S3Presigner presigner;

    public S3BlobStore(S3Settings settings) {
        this.settings = settings;
        AwsCredentialsProvider credentials = settings.accessKey().isPresent()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        settings.accessKey().get(), settings.secretKey().orElseThrow()))
                : DefaultCredentialsProvider.builder().build();
        S3Configuration addressing = S3Configuration.builder()
                .pathStyleAccessEnabled(settings.pathStyle())
                .build();
        var client = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials)
                .serviceConfiguration(addressing)
                // Checksums only where S3 requires them: MinIO, B2 and others lack the newer trailing ones.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        var presigning = S3Presigner.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials)
                .serviceConfiguration(addressing);
        settings.endpoint().ifPresent(endpoint -> {
            client.endpointOverride(endpoint);
            presigning.endpointOverride(endpoint);
        });
        this.s3 = client.build();
        this.presigner = presigning.build();
    }

    @Override
    public StoredBlob put(String key, InputStream bytes) throws IOException {
        BlobKeys.check(key);
        HashingInputStream hashing = new HashingInputStream(bytes);
        byte[] part = new byte[PART_SIZE];
        int filled = hashing.readNBytes(part, 0, PART_SIZE);
        try {
            if (filled < PART_SIZE) {
                s3.putObject(
                        put -> put.bucket(settings.bucket()).key(key).contentType(CONTENT_TYPE), body(part, filled));
            } else {
                putInParts(key, hashing, part, filled);
            }
        } catch (SdkException e) {
            throw new IOException("S3 refused blob " + key + ": " + e.getMessage(), e);
        }
        return hashing.stored(key);
    }

    private void putInParts(String key, InputStream rest, byte[] part, int firstPart) throws IOException {
        String uploadId = s3.createMultipartUpload(
                        create -> create.bucket(settings.bucket()).key(key).contentType(CONTENT_TYPE))
                .uploadId();
        try {
            List<CompletedPart> parts = new ArrayList<>();
            int filled = firstPart;
            while (filled > 0) {
                int number = parts.size() + 1;
                long length = filled;
                String etag = s3.uploadPart(
                                upload -> upload.bucket(settings.bucket())
                                        .key(key)
                                        .uploadId(uploadId)
                                        .partNumber(number)
                                        .contentLength(length),
                                body(part, filled))
                        .eTag();
                parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
                filled = rest.readNBytes(part, 0, PART_SIZE);
            }
            s3.completeMultipartUpload(complete -> complete.bucket(settings.bucket())
                    .key(key)
                    .uploadId(uploadId)
                    .multipartUpload(upload -> upload.parts(parts)));
        } catch (IOException | RuntimeException e) {
            abort(key, uploadId, e);
            throw e;
        }
    }

    private void abort(String key, String uploadId, Exception cause) {
        try {
            s3.abortMultipartUpload(
                    abort -> abort.bucket(settings.bucket()).key(key).uploadId(uploadId));
        } catch (SdkException e) {
            cause.addSuppressed(e);
        }
    }

    private static RequestBody body(byte[] bytes, int length) {
        return RequestBody.fromContentProvider(() -> new ByteArrayInputStream(bytes, 0, length), length, CONTENT_TYPE);
    }

    @Override
    public InputStream open(String key, long offset, long length) throws IOException {
        BlobKeys.check(key);
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("Bytes " + offset + "+" + length + " are no range");
        }
        if (length == 0) {
            return InputStream.nullInputStream();
        }
        try {
            return s3.getObject(get ->
                    get.bucket(settings.bucket()).key(key).range("bytes=" + offset + "-" + (offset + length - 1)));
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException("blob " + key);
        } catch (SdkException e) {
            throw new IOException("S3 refused to read blob " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<URI> presignedGet(String key, String downloadName, Duration validity) {
        BlobKeys.check(key);
        if (settings.cdnBaseUrl().isPresent()) {
            String base = settings.cdnBaseUrl().get().toString();
            return Optional.of(URI.create(base.endsWith("/") ? base + key : base + "/" + key));
        }
        return Optional.of(URI.create(presigner
                .presignGetObject(presign -> presign.signatureDuration(validity)
                        .getObjectRequest(get -> get.bucket(settings.bucket())
                                .key(key)
                                .responseContentDisposition(DownloadName.contentDisposition(downloadName))
                                .responseContentType(CONTENT_TYPE)))
                .url()
                .toString()));
    }

    @Override
    public void delete(String key) throws IOException {
        BlobKeys.check(key);
        try {
            s3.deleteObject(delete -> delete.bucket(settings.bucket()).key(key));
        } catch (SdkException e) {
            throw new IOException("S3 refused to delete blob " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        presigner.close();
        s3.close();
    }
}
