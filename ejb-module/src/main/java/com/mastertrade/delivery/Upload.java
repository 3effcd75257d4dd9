package com.mastertrade.delivery;

import com.mastertrade.delivery.storage.BlobStore;
import com.mastertrade.delivery.storage.DownloadName;
import com.mastertrade.delivery.storage.StoredBlob;
import com.mastertrade.shared.MastertradeException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A resumable upload by a store administrator: {@code receiving} while its bytes arrive through the tus
 * protocol, {@code stored} once they are complete and kept in the {@link BlobStore}, with the size and SHA-256
 * the server computed. A release names it by its id; what nobody names for a day is cleaned away.
 */
@Entity
@Table(name = "uploads")
@NamedQuery(
        name = "Upload.abandoned",
        query = "select u from Upload u where u.createdAt < :before and (u.status = 'receiving' or not exists"
                + " (select r from Release r where r.uploadId = u.id))")
public class Upload {

    /** tus answers 460 to a checksum that does not match. */
    public static final int CHECKSUM_MISMATCH_STATUS = 460;

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    @Id
    private String id;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "declared_size", nullable = false, updatable = false)
    private long declaredSize;

    @Column(nullable = false)
    private String status;

    @Column(name = "blob_key")
    private String blobKey;

    @Column(name = "size_bytes")
    private Long size;

    private String sha256;

    @Column(name = "expected_sha256", updatable = false)
    private String expectedSha256;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "stored_at")
    private Instant storedAt;

    protected Upload() {
        // for JPA
    }

    /**
     * An upload that has begun.
     *
     * @param requestedName the uploader's file name, sanitised here ({@link DownloadName#sanitize})
     * @param expectedSha256 the SHA-256 the uploader says the whole file has, hex; null if it said none
     */
    public Upload(
            String id, String requestedName, long declaredSize, String expectedSha256, Long createdBy, Instant now) {
        this.id = Objects.requireNonNull(id, "Id is required.");
        this.fileName = DownloadName.sanitize(requestedName);
        if (declaredSize < 0) {
            throw new IllegalArgumentException("An upload has no negative length");
        }
        this.declaredSize = declaredSize;
        this.expectedSha256 = expectedSha256(expectedSha256).orElse(null);
        this.createdBy = createdBy;
        this.status = "receiving";
        this.createdAt = Objects.requireNonNull(now, "Time is required.");
    }

    /**
     * The uploader's SHA-256 in lower-case hex; empty when it said none. Something said that is no SHA-256 is
     * refused before any byte is taken.
     */
    public static Optional<String> expectedSha256(String said) {
        if (said == null || said.isBlank()) {
            return Optional.empty();
        }
        String hex = said.strip().toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(hex).matches()) {
            throw new MastertradeException(
                    400, "BAD_CHECKSUM", "The sha256 of Upload-Metadata is 64 hexadecimal digits", "sha256");
        }
        return Optional.of(hex);
    }

    /**
     * Takes the complete bytes as stored; false if they already were (a client that repeats its last request).
     * Bytes of another size than announced, or another digest than the uploader said, are refused.
     */
    public boolean store(StoredBlob blob, Instant now) {
        Objects.requireNonNull(blob, "Blob is required.");
        if (isStored()) {
            return false;
        }
        if (blob.size() != declaredSize) {
            throw new MastertradeException(
                    409,
                    "UPLOAD_INCOMPLETE",
                    "Upload " + id + " announced " + declaredSize + " bytes but " + blob.size() + " arrived");
        }
        if (expectedSha256 != null && !expectedSha256.equals(blob.sha256())) {
            throw new MastertradeException(
                    CHECKSUM_MISMATCH_STATUS,
                    "CHECKSUM_MISMATCH",
                    "The file's SHA-256 is " + blob.sha256() + ", not the " + expectedSha256 + " announced");
        }
        status = "stored";
        blobKey = blob.key();
        size = blob.size();
        sha256 = blob.sha256();
        storedAt = Objects.requireNonNull(now, "Time is required.");
        return true;
    }

    public boolean isStored() {
        return "stored".equals(status);
    }

    /** The stored bytes, once they are. */
    public Optional<StoredBlob> blob() {
        return isStored() ? Optional.of(new StoredBlob(blobKey, size, sha256)) : Optional.empty();
    }

    public String id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public long declaredSize() {
        return declaredSize;
    }

    public String status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant storedAt() {
        return storedAt;
    }
}
