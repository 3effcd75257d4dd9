package com.mastertrade.delivery;

import com.mastertrade.audit.AuditTrail;
import com.mastertrade.delivery.storage.StoredBlob;
import com.mastertrade.shared.Actor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bookkeeping of the current store's uploads, in short transactions of their own: the bytes themselves
 * travel outside any transaction ({@link UploadReception}). A stored upload gives its file to the draft
 * releases that were waiting for it.
 */
@Stateless
public class Uploads {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public Optional<Upload> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Upload.class, id));
    }

    /** An upload has begun: its Location was handed out. */
    public Upload begin(String id, String requestedName, long declaredSize, String expectedSha256, Actor actor) {
        Upload upload = new Upload(id, requestedName, declaredSize, expectedSha256, actor.userId(), clock.instant());
        em.persist(upload);
        audit.record(
                actor,
                "upload.started",
                "upload",
                id,
                Map.of("file_name", upload.fileName(), "declared_size", declaredSize));
        return upload;
    }

    /**
     * Its bytes are complete and stored: the upload keeps them, and the drafts naming it take the file. False
     * when it already was stored (the caller then forgets the second copy); refused (460) on a checksum that is
     * not the one announced, 404 when the upload is unknown.
     */
    public boolean store(String id, StoredBlob blob, Actor actor) {
        Upload upload = Optional.ofNullable(em.find(Upload.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> UploadReception.unknownUpload(id));
        if (!upload.store(blob, clock.instant())) {
            return false;
        }
        List<Release> waiting = em.createNamedQuery("Release.waitingForUpload", Release.class)
                .setParameter("upload", id)
                .getResultList();
        for (Release release : waiting) {
            if (release.status() == ReleaseStatus.DRAFT) {
                release.attachFile(blob, upload.fileName());
            }
        }
        audit.record(
                actor,
                "upload.stored",
                "upload",
                id,
                Map.of("file_name", upload.fileName(), "size", blob.size(), "sha256", blob.sha256()));
        return true;
    }

    /** Uploads begun before {@code before} and still unfinished, or finished and named by no release. */
    public List<Upload> abandoned(Instant before) {
        return em.createNamedQuery("Upload.abandoned", Upload.class)
                .setParameter("before", before)
                .getResultList();
    }

    /** The row goes; the bytes are the caller's to delete. */
    public void forget(String id, Actor actor, String why) {
        Upload upload = em.find(Upload.class, id);
        if (upload != null) {
            em.remove(upload);
            audit.record(actor, "upload.discarded", "upload", id, Map.of("file_name", upload.fileName(), "why", why));
        }
    }
}
