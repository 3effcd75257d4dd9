package com.mastertrade.delivery;

import com.mastertrade.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The releases of the current store's products, as other features read them: downloads and the update check
 * ask for a release by id, for the current one of a channel, or for the published ones.
 */
@Stateless
public class Releases {

    /** Newest version first; among equal versions the latest published, then the latest created. */
    public static final Comparator<Release> NEWEST_FIRST = Comparator.comparing(Release::parsedVersion)
            .thenComparing(Release::publishedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Release::id, Comparator.nullsFirst(Comparator.naturalOrder()))
            .reversed();

    @PersistenceContext
    EntityManager em;

    /** Any release of the store, whatever its status. */
    public Optional<Release> find(long id) {
        return Optional.ofNullable(em.find(Release.class, id));
    }

    /** Any release of the store; 404 {@code RELEASE_NOT_FOUND} if there is none with that id. */
    public Release get(long id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    /** Every release of the product, whatever its status, the latest created first (the store's staff). */
    public List<Release> ofProduct(long productId) {
        return em.createNamedQuery("Release.ofProduct", Release.class)
                .setParameter("product", productId)
                .getResultList();
    }

    /** What the product delivers on that channel now. */
    public Optional<Release> current(long productId, ReleaseChannel channel) {
        return em.createNamedQuery("Release.current", Release.class)
                .setParameter("product", productId)
                .setParameter("channel", channel)
                .getResultStream()
                .findFirst();
    }

    /** The published releases of the product on these channels, newest version first. */
    public List<Release> published(long productId, Set<ReleaseChannel> channels) {
        if (channels.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("Release.published", Release.class)
                .setParameter("product", productId)
                .setParameter("channels", channels)
                .getResultStream()
                .sorted(NEWEST_FIRST)
                .toList();
    }

    /**
     * The release an installed program should move to: the newest current release of the channels that is
     * newer than the version it runs; empty when it is up to date.
     */
    public Optional<Release> updateFor(long productId, Set<ReleaseChannel> channels, ReleaseVersion installed) {
        return channels.stream()
                .map(channel -> current(productId, channel))
                .flatMap(Optional::stream)
                .filter(release -> release.parsedVersion().isNewerThan(installed))
                .min(NEWEST_FIRST);
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("RELEASE_NOT_FOUND", "No release " + id);
    }
}
