package com.mastertrade.delivery.download;

import com.mastertrade.shared.FilteredPage;
import com.mastertrade.shared.Page;
import com.mastertrade.shared.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The store's download log: a row when a request starts sending a release's bytes, completed with the bytes
 * that reached the client when it ends, whether it ended well or the client went away. A row is complete only
 * when the requests of its link together sent every byte of the file ({@link SentSpans}).
 */
@Stateless
public class DownloadLog {

    @PersistenceContext
    EntityManager em;

    /** A request of a link starts delivering {@code range} of the release; the row's id. */
    public long started(DownloadToken token, String version, String address, ByteRange range, boolean redirected) {
        Object id = em.createNativeQuery("INSERT INTO downloads (token_id, license_id, release_id, version, user_id, "
                        + "ip_address, range_start, range_length, redirected, finished_at) "
                        + "VALUES (CAST(? AS uuid), ?, ?, ?, ?, ?, ?, ?, ?, CASE WHEN ? THEN now() END) RETURNING id")
                .setParameter(1, token.tokenId().toString())
                .setParameter(2, token.licenseId())
                .setParameter(3, token.releaseId())
                .setParameter(4, version)
                .setParameter(5, token.userId().orElse(null))
                .setParameter(6, address)
                .setParameter(7, range.start())
                .setParameter(8, range.length())
                .setParameter(9, redirected)
                .setParameter(10, redirected)
                .getSingleResult();
        return ((Number) id).longValue();
    }

    /** The account of a user is erased: the addresses their downloads came from are forgotten. */
    public void forgetAddressesOf(long userId) {
        em.createNativeQuery("UPDATE downloads SET ip_address = NULL WHERE user_id = ?")
                .setParameter(1, userId)
                .executeUpdate();
    }

    /**
     * The request has ended having written {@code sent} bytes; complete if it delivered them all and the link has
     * now sent every byte of the file.
     */
    public void finished(long downloadId, long sent, long fileSize, boolean delivered) {
        em.createNativeQuery(
                        "UPDATE downloads SET bytes_sent = LEAST(?, range_length), finished_at = now() WHERE id = ?")
                .setParameter(1, sent)
                .setParameter(2, downloadId)
                .executeUpdate();
        if (!delivered) {
            return;
        }
        SentSpans spans = new SentSpans();
        List<?> rows = em.createNativeQuery("SELECT d.range_start, d.bytes_sent FROM downloads d JOIN downloads me "
                        + "ON me.token_id = d.token_id AND me.release_id = d.release_id WHERE me.id = ? "
                        + "AND NOT d.redirected")
                .setParameter(1, downloadId)
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            spans.add(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
        }
        if (spans.coverWhole(fileSize)) {
            em.createNativeQuery("UPDATE downloads SET complete = TRUE WHERE id = ?")
                    .setParameter(1, downloadId)
                    .executeUpdate();
        }
    }

    /** The downloads matching a filter, the latest first, one page of them. */
    public Page<Download> page(DownloadFilter filter, PageRequest request) {
        FilteredPage<Download> downloads = FilteredPage.of(em, Download.class, "Download d");
        filter.userId().ifPresent(user -> downloads.where("d.userId = :user", "user", user));
        filter.licenseId().ifPresent(license -> downloads.where("d.licenseId = :license", "license", license));
        filter.releaseId().ifPresent(release -> downloads.where("d.releaseId = :release", "release", release));
        filter.complete().ifPresent(complete -> downloads.where("d.complete = :complete", "complete", complete));
        filter.from().ifPresent(from -> downloads.where("d.startedAt >= :from", "from", from));
        filter.to().ifPresent(to -> downloads.where("d.startedAt < :to", "to", to));
        return downloads.read("d.startedAt desc, d.id desc", request);
    }
}
