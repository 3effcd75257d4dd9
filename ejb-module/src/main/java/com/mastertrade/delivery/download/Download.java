package com.mastertrade.delivery.download;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * One request that delivered a release's bytes, as the download log keeps it: who, which licence and release,
 * from where, when, how many bytes reached the client and whether the customer has the whole file. Rows are
 * written by {@link DownloadLog} in plain SQL (the link's id is a PostgreSQL uuid); this is how they are read.
 */
@Entity
@Table(name = "downloads")
public class Download {

    @Id
    private Long id;

    @Column(name = "license_id", insertable = false, updatable = false)
    private long licenseId;

    @Column(name = "release_id", insertable = false, updatable = false)
    private long releaseId;

    @Column(insertable = false, updatable = false)
    private String version;

    @Column(name = "user_id", insertable = false, updatable = false)
    private Long userId;

    @Column(name = "ip_address", insertable = false, updatable = false)
    private String ipAddress;

    @Column(name = "range_start", insertable = false, updatable = false)
    private long rangeStart;

    @Column(name = "range_length", insertable = false, updatable = false)
    private long rangeLength;

    @Column(name = "bytes_sent", insertable = false, updatable = false)
    private long bytesSent;

    @Column(insertable = false, updatable = false)
    private boolean complete;

    @Column(insertable = false, updatable = false)
    private boolean redirected;

    @Column(name = "started_at", insertable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at", insertable = false, updatable = false)
    private Instant finishedAt;

    protected Download() {
        // for JPA
    }

    public Long id() {
        return id;
    }

    public long licenseId() {
        return licenseId;
    }

    public long releaseId() {
        return releaseId;
    }

    public String version() {
        return version;
    }

    public Optional<Long> userId() {
        return Optional.ofNullable(userId);
    }

    public String ipAddress() {
        return ipAddress;
    }

    /** The first byte asked for: 0, or where a resumed download started. */
    public long rangeStart() {
        return rangeStart;
    }

    /** The bytes this request promised (the whole file, or its range). */
    public long rangeLength() {
        return rangeLength;
    }

    public long bytesSent() {
        return bytesSent;
    }

    /** The customer has every byte of the file, from this request or with the earlier ones of its link. */
    public boolean isComplete() {
        return complete;
    }

    /** Handed to the object store's presigned address: the bytes went from there, unseen by the platform. */
    public boolean isRedirected() {
        return redirected;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** Empty while the bytes are still flowing (or if the server stopped before they ended). */
    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }
}
