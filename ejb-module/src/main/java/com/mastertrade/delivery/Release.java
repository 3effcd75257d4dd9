package com.mastertrade.delivery;

import com.mastertrade.delivery.storage.BlobStore;
import com.mastertrade.delivery.storage.StoredBlob;
import com.mastertrade.shared.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One installer of a product, for one platform and channel: a {@code draft} while the reseller prepares it,
 * {@code published} once customers may download it, {@code yanked} when it is withdrawn. Of the published
 * releases of a product and channel one is {@code current}: what a download and an update check give unless a
 * release is named. The file's size and SHA-256 are the server's, computed from the stored bytes; a release
 * without its complete file cannot be published.
 */
@Entity
@Table(name = "releases")
@NamedQuery(
        name = "Release.ofProduct",
        query = "select r from Release r where r.productId = :product order by r.createdAt desc, r.id desc")
@NamedQuery(
        name = "Release.current",
        query = "select r from Release r where r.productId = :product and r.channel = :channel and r.current = true")
@NamedQuery(
        name = "Release.published",
        query = "select r from Release r where r.productId = :product and r.channel in :channels"
                + " and r.status = com.mastertrade.delivery.ReleaseStatus.PUBLISHED")
@NamedQuery(
        name = "Release.line",
        query = "select r from Release r where r.productId = :product and r.channel = :channel order by r.id")
@NamedQuery(
        name = "Release.waitingForUpload",
        query = "select r from Release r where r.uploadId = :upload and r.blobKey is null")
public class Release {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "product_id", nullable = false, updatable = false)
    private long productId;

    @Column(nullable = false, updatable = false)
    private String version;

    @Column(nullable = false, updatable = false)
    private String platform;

    @Column(nullable = false, updatable = false)
    @Convert(converter = ReleaseChannelConverter.class)
    private ReleaseChannel channel;

    private String changelog;

    @Column(nullable = false)
    private boolean mandatory;

    @Column(nullable = false)
    @Convert(converter = ReleaseStatusConverter.class)
    private ReleaseStatus status;

    @Column(nullable = false)
    private boolean current;

    @Column(name = "upload_id", updatable = false)
    private String uploadId;

    @Column(name = "blob_key")
    private String blobKey;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "size_bytes")
    private Long size;

    private String sha256;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "yanked_at")
    private Instant yankedAt;

    protected Release() {
        // for JPA
    }

    /** A draft naming the upload that brings its file; the file is attached when the upload is complete. */
    public Release(long productId, ReleaseDescription description, String uploadId, Instant now) {
        Objects.requireNonNull(description, "Description is required.");
        this.productId = productId;
        this.version = description.version().toString();
        this.platform = description.platform();
        this.channel = description.channel();
        this.changelog = description.changelog();
        this.mandatory = description.mandatory();
        this.uploadId = uploadId;
        this.status = ReleaseStatus.DRAFT;
        this.createdAt = Objects.requireNonNull(now, "Time is required.");
    }

    /** Takes the stored file: once, while a draft; the file's size and digest are the store's. */
    public void attachFile(StoredBlob blob, String fileName) {
        Objects.requireNonNull(blob, "Blob is required.");
        Objects.requireNonNull(fileName, "File name is required.");
        if (status != ReleaseStatus.DRAFT) {
            throw new ConflictException("RELEASE_NOT_DRAFT", "Release " + id + " is " + status.apiName());
        }
        if (hasFile()) {
            throw new ConflictException("RELEASE_HAS_FILE", "Release " + id + " already has its file");
        }
        this.blobKey = blob.key();
        this.size = blob.size();
        this.sha256 = blob.sha256();
        this.fileName = fileName;
    }

    /** Offers the draft to customers; refused while its file is not complete and checked. */
    public void publish(Instant now) {
        if (status != ReleaseStatus.DRAFT) {
            throw new ConflictException(
                    "RELEASE_NOT_DRAFT", "Release " + id + " is " + status.apiName() + ": only a draft is published");
        }
        if (!hasFile()) {
            throw new ConflictException(
                    "RELEASE_FILE_INCOMPLETE",
                    "Release " + id + " has no complete file yet: finish its upload, then publish it");
        }
        status = ReleaseStatus.PUBLISHED;
        publishedAt = Objects.requireNonNull(now, "Time is required.");
    }

    /** Withdraws a published release: nobody downloads it any more, and it stops being current. */
    public void yank(Instant now) {
        if (status != ReleaseStatus.PUBLISHED) {
            throw new ConflictException(
                    "RELEASE_NOT_PUBLISHED",
                    "Release " + id + " is " + status.apiName() + ": only a published release is yanked");
        }
        status = ReleaseStatus.YANKED;
        current = false;
        yankedAt = Objects.requireNonNull(now, "Time is required.");
    }

    /** Becomes what its product and channel deliver; false if it already was. Only a published release may. */
    public boolean makeCurrent() {
        if (status != ReleaseStatus.PUBLISHED) {
            throw new ConflictException(
                    "RELEASE_NOT_PUBLISHED",
                    "Release " + id + " is " + status.apiName() + ": only a published release can be current");
        }
        if (current) {
            return false;
        }
        current = true;
        return true;
    }

    /** Gives way to another release of its product and channel. */
    public void retire() {
        current = false;
    }

    /** Changes the notes shown to customers (any status: a typo in a published changelog is fixed in place). */
    public void rewriteChangelog(String changelog) {
        this.changelog = changelog;
    }

    public boolean hasFile() {
        return blobKey != null;
    }

    /** Published and not yanked: customers may download it. */
    public boolean isDownloadable() {
        return status == ReleaseStatus.PUBLISHED && hasFile();
    }

    public ReleaseVersion parsedVersion() {
        return ReleaseVersion.of("version", version);
    }

    public Long id() {
        return id;
    }

    public long productId() {
        return productId;
    }

    public String version() {
        return version;
    }

    public String platform() {
        return platform;
    }

    public ReleaseChannel channel() {
        return channel;
    }

    public String changelog() {
        return changelog;
    }

    /** Whether installed programs must take this update (a security fix), as its publisher said. */
    public boolean isMandatory() {
        return mandatory;
    }

    public ReleaseStatus status() {
        return status;
    }

    public boolean isCurrent() {
        return current;
    }

    /** The upload the file came or comes from; null for a release seeded without one. */
    public String uploadId() {
        return uploadId;
    }

    /** Where the bytes are in the {@link BlobStore}; null until the file is attached. */
    public String blobKey() {
        return blobKey;
    }

    /** The name the customer's file gets (Content-Disposition); null until the file is attached. */
    public String fileName() {
        return fileName;
    }

    /** Bytes of the file, 0 until it is attached. */
    public long size() {
        return size == null ? 0 : size;
    }

    /** Lower-case hex SHA-256 of the file; null until it is attached. */
    public String sha256() {
        return sha256;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant yankedAt() {
        return yankedAt;
    }
}
