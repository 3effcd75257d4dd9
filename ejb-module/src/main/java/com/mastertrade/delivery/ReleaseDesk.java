package com.mastertrade.delivery;

import com.mastertrade.audit.AuditTrail;
import com.mastertrade.catalog.Products;
import com.mastertrade.delivery.storage.DownloadName;
import com.mastertrade.delivery.storage.StoredBlob;
import com.mastertrade.shared.Actor;
import com.mastertrade.shared.ConflictException;
import com.mastertrade.shared.NotFoundException;
import com.mastertrade.shared.UniqueViolations;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The store administrators' releases: a draft from an upload, published when its file is complete, yanked when
 * it must go, and made current, which rolls back when the release is older than the current one. The releases
 * of a product and channel are locked together for each change, so two administrators never leave two current
 * releases (the database's partial unique index would refuse it anyway). Every change is in the audit log.
 */
@Stateless
public class ReleaseDesk {

    @PersistenceContext
    EntityManager em;

    @Inject
    Products products;

    @Inject
    Releases releases;

    @Inject
    Uploads uploads;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * A draft release of the product, with the named upload's file if it is already stored (else the file
     * joins it when the upload completes). 404 for an unknown product or upload, 409 when the product already
     * has this version for this platform and channel.
     */
    public Release create(long productId, ReleaseDescription description, String uploadId, Actor actor) {
        products.get(productId);
        Upload upload = uploads.find(uploadId)
                .orElseThrow(
                        () -> new NotFoundException("UPLOAD_NOT_FOUND", "No upload " + uploadId + " in this store"));
        boolean taken = releases.ofProduct(productId).stream()
                .anyMatch(other -> other.platform().equals(description.platform())
                        && other.channel() == description.channel()
                        && other.parsedVersion().equals(description.version()));
        if (taken) {
            throw versionTaken(description);
        }
        Release release = new Release(productId, description, upload.id(), clock.instant());
        upload.blob().ifPresent(blob -> release.attachFile(blob, upload.fileName()));
        try {
            em.persist(release);
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueViolations.isCause(e)) {
                throw versionTaken(description);
            }
            throw e;
        }
        Map<String, Object> details = describe(release);
        details.put("upload", upload.id());
        details.put("file_complete", release.hasFile());
        audit.record(actor, "release.created", "release", release.id(), details);
        return release;
    }

    /**
     * A draft release with a file already stored, not through an upload (the demo's seeded installers).
     */
    public Release createWithFile(
            long productId, ReleaseDescription description, StoredBlob file, String fileName, Actor actor) {
        products.get(productId);
        Release release = new Release(productId, description, null, clock.instant());
        release.attachFile(file, DownloadName.sanitize(fileName));
        em.persist(release);
        em.flush();
        Map<String, Object> details = describe(release);
        details.put("file_complete", true);
        audit.record(actor, "release.created", "release", release.id(), details);
        return release;
    }

    /**
     * Offers a draft to customers (409 {@code RELEASE_FILE_INCOMPLETE} while its upload is not complete and
     * checked). It becomes current when its channel has none, or only an older version.
     */
    public Release publish(long id, Actor actor) {
        Release release = lockLine(id);
        Instant now = clock.instant();
        release.publish(now);
        Optional<Release> current = releases.current(release.productId(), release.channel());
        boolean newest = current.map(c -> release.parsedVersion().isNewerThan(c.parsedVersion()))
                .orElse(true);
        Map<String, Object> details = describe(release);
        details.put("size", release.size());
        details.put("sha256", release.sha256());
        details.put("became_current", newest);
        if (newest) {
            replaceCurrent(current, release);
        }
        audit.record(actor, "release.published", "release", release.id(), details);
        return release;
    }

    /**
     * Withdraws a published release. If it was current, the newest other published release of its channel
     * takes its place (none if there is none).
     */
    public Release yank(long id, Actor actor) {
        Release release = lockLine(id);
        boolean wasCurrent = release.isCurrent();
        release.yank(clock.instant());
        Map<String, Object> details = describe(release);
        details.put("was_current", wasCurrent);
        if (wasCurrent) {
            em.flush();
            Optional<Release> successor = releases.published(release.productId(), Set.of(release.channel())).stream()
                    .filter(other -> !other.id().equals(release.id()))
                    .findFirst();
            successor.ifPresent(Release::makeCurrent);
            if (release.channel() == ReleaseChannel.STABLE) {
                showOnProduct(release.productId(), successor);
            }
            details.put("now_current", successor.map(Release::id).orElse(null));
            details.put("now_current_version", successor.map(Release::version).orElse(null));
        }
        audit.record(actor, "release.yanked", "release", release.id(), details);
        return release;
    }

    /**
     * Makes a published release what its product and channel deliver. On a release older than the current one
     * this is the rollback: one action, audited as such.
     */
    public Release makeCurrent(long id, Actor actor) {
        Release release = lockLine(id);
        if (release.status() != ReleaseStatus.PUBLISHED) {
            throw new ConflictException(
                    "RELEASE_NOT_PUBLISHED",
                    "Release " + id + " is " + release.status().apiName()
                            + ": only a published release can be current");
        }
        Optional<Release> current = releases.current(release.productId(), release.channel());
        if (current.filter(c -> c.id().equals(release.id())).isPresent()) {
            return release;
        }
        Map<String, Object> details = describe(release);
        details.put("previous", current.map(Release::id).orElse(null));
        details.put("previous_version", current.map(Release::version).orElse(null));
        details.put(
                "rollback",
                current.map(c -> c.parsedVersion().isNewerThan(release.parsedVersion()))
                        .orElse(false));
        replaceCurrent(current, release);
        audit.record(actor, "release.made_current", "release", release.id(), details);
        return release;
    }

    /** The old current release steps down before the new one steps up: the partial unique index sees one. */
    private void replaceCurrent(Optional<Release> current, Release next) {
        if (current.isPresent() && !current.get().id().equals(next.id())) {
            current.get().retire();
            em.flush();
        }
        next.makeCurrent();
        em.flush();
        if (next.channel() == ReleaseChannel.STABLE) {
            showOnProduct(next.productId(), Optional.of(next));
        }
    }

    /** The product's page describes the current stable installer, or none. */
    private void showOnProduct(long productId, Optional<Release> current) {
        products.showInstaller(
                productId,
                current.map(Release::version).orElse(null),
                current.map(Release::size).orElse(null),
                current.map(Release::sha256).orElse(null),
                current.map(Release::changelog).orElse(null));
    }

    /** The release, with every release of its product and channel locked until the transaction ends. */
    private Release lockLine(long id) {
        Release release = releases.get(id);
        List<Release> line = em.createNamedQuery("Release.line", Release.class)
                .setParameter("product", release.productId())
                .setParameter("channel", release.channel())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        return line.stream()
                .filter(r -> Objects.equals(r.id(), release.id()))
                .findFirst()
                .orElseThrow(() -> Releases.notFound(id));
    }

    /** 409: "2.1" and "2.1.0" are one version, on one platform and channel. */
    private static ConflictException versionTaken(ReleaseDescription description) {
        return new ConflictException(
                "RELEASE_EXISTS",
                "The product already has version " + description.version() + " for " + description.platform() + " on "
                        + description.channel().apiName());
    }

    private static Map<String, Object> describe(Release release) {
        Map<String, Object> details = new HashMap<>();
        details.put("product_id", release.productId());
        details.put("version", release.version());
        details.put("platform", release.platform());
        details.put("channel", release.channel().apiName());
        return details;
    }
}
