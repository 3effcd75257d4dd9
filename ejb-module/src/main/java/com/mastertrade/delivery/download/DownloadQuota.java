package com.mastertrade.delivery.download;

import com.mastertrade.audit.AuditTrail;
import com.mastertrade.shared.Actor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A licence's daily download quota ({@code MT_DOWNLOAD_DAILY_QUOTA} links per UTC day). A link counts once, at
 * its first request that sends bytes; the requests that resume it never count again. The day's counter row is
 * locked by the statement that raises it, so concurrent first uses never pass the quota. Staff may give a
 * licence its day back (audited).
 */
@Stateless
public class DownloadQuota {

    @PersistenceContext
    EntityManager em;

    @Inject
    DownloadSettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The licence's state today: used links, the quota (0: none) and what is left. */
    public Standing standing(long licenseId) {
        int quota = settings.dailyQuota();
        int used = usedOn(licenseId, today());
        return new Standing(used, quota, quota == 0 ? Integer.MAX_VALUE : Math.max(0, quota - used));
    }

    /** 403 {@code QUOTA_EXCEEDED} when no link is left today (a link not yet used is not counted). */
    public Standing requireLeft(long licenseId) {
        Standing standing = standing(licenseId);
        if (standing.left() == 0) {
            throw DownloadRefusal.quotaExceeded(standing.quota());
        }
        return standing;
    }

    /**
     * Counts the link on its first use; a link already counted (a resume) passes whatever the day's count.
     * 403 {@code QUOTA_EXCEEDED} (and nothing kept) when it would pass the quota.
     */
    public void count(long licenseId, UUID tokenId) {
        LocalDate day = today();
        int firstUse = em.createNativeQuery("INSERT INTO download_link_uses (token_id, license_id, day) "
                        + "VALUES (CAST(? AS uuid), ?, CAST(? AS date)) ON CONFLICT (token_id) DO NOTHING")
                .setParameter(1, tokenId.toString())
                .setParameter(2, licenseId)
                .setParameter(3, day.toString())
                .executeUpdate();
        if (firstUse == 0) {
            return;
        }
        int quota = settings.dailyQuota();
        int counted = em.createNativeQuery("INSERT INTO download_quota_days AS q (license_id, day, used) "
                        + "VALUES (?, CAST(? AS date), 1) ON CONFLICT (license_id, day) DO UPDATE SET used = q.used + 1 "
                        + "WHERE ? = 0 OR q.used < ?")
                .setParameter(1, licenseId)
                .setParameter(2, day.toString())
                .setParameter(3, quota)
                .setParameter(4, quota)
                .executeUpdate();
        if (counted == 0) {
            throw DownloadRefusal.quotaExceeded(quota);
        }
    }

    /** Gives the licence its day's quota back; links already counted stay counted. */
    public Standing reset(long licenseId, Actor actor) {
        LocalDate day = today();
        int before = usedOn(licenseId, day);
        em.createNativeQuery("DELETE FROM download_quota_days WHERE license_id = ? AND day = CAST(? AS date)")
                .setParameter(1, licenseId)
                .setParameter(2, day.toString())
                .executeUpdate();
        em.createNativeQuery(
                        "INSERT INTO download_quota_resets (license_id, day, used_before, reset_by) VALUES (?, CAST(? AS date), ?, ?)")
                .setParameter(1, licenseId)
                .setParameter(2, day.toString())
                .setParameter(3, before)
                .setParameter(4, actor.userId())
                .executeUpdate();
        audit.record(
                actor,
                "license.download_quota_reset",
                "license",
                licenseId,
                Map.of("day", day.toString(), "used_before", before));
        return standing(licenseId);
    }

    /**
     * Forgets the counts of the days before {@code now} that no link can still be resumed on (a link lives
     * {@code MT_DOWNLOAD_TOKEN_MINUTES}; a day more for the clock's turn of day). The resets stay: they are the
     * staff's history. The number of rows deleted.
     */
    public int forgetPastDays(Instant now) {
        String oldestKept = LocalDate.ofInstant(now.minus(settings.linkLifetime()), ZoneOffset.UTC)
                .minusDays(1)
                .toString();
        int uses = em.createNativeQuery("DELETE FROM download_link_uses WHERE day < CAST(? AS date)")
                .setParameter(1, oldestKept)
                .executeUpdate();
        return uses
                + em.createNativeQuery("DELETE FROM download_quota_days WHERE day < CAST(? AS date)")
                        .setParameter(1, oldestKept)
                        .executeUpdate();
    }

    private int usedOn(long licenseId, LocalDate day) {
        List<?> rows = em.createNativeQuery(
                        "SELECT used FROM download_quota_days WHERE license_id = ? AND day = CAST(? AS date)")
                .setParameter(1, licenseId)
                .setParameter(2, day.toString())
                .getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Links used today, the quota (0: no limit) and those left. */
    public record Standing(int used, int quota, int left) {}
}
