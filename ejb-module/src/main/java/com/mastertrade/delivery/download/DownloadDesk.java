package com.mastertrade.delivery.download;

import com.mastertrade.delivery.Release;
import com.mastertrade.delivery.ReleaseChannel;
import com.mastertrade.delivery.Releases;
import com.mastertrade.identity.Caller;
import com.mastertrade.licensing.License;
import com.mastertrade.licensing.Licenses;
import com.mastertrade.shared.NotFoundException;
import com.mastertrade.shared.tenant.TenantContext;
import com.mastertrade.tenancy.StoreUrls;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Download links: made for a customer's licence (or a program's, {@link UpdateChannel}), then checked at every
 * request that uses them. A link is a signed token (ADR 0014) that nothing stores; each request checks it and
 * then the licence, its order and the release as they are at that moment, so a licence revoked or a release
 * yanked after the link was made stops it.
 */
@Stateless
public class DownloadDesk {

    @Inject
    Licenses licenses;

    @Inject
    Releases releases;

    @Inject
    Entitlement entitlement;

    @Inject
    DownloadQuota quota;

    @Inject
    DownloadLog log;

    @Inject
    TokenKeys keys;

    @Inject
    DownloadSettings settings;

    @Inject
    StoreUrls urls;

    @Inject
    Clock clock;

    /**
     * A link to a release of the caller's licence (its product's current stable release unless one is named).
     * 404 for another customer's licence or a release it cannot have; 403 {@code LICENSE_NOT_ACTIVE},
     * {@code ORDER_NOT_PAID} or {@code QUOTA_EXCEEDED}.
     */
    public IssuedLink issue(long licenseId, Optional<Long> releaseId, Caller caller, String clientAddress) {
        License license = licenses.get(licenseId, caller);
        entitlement.require(license);
        Release release = releaseId.map(id -> downloadable(license, id)).orElseGet(() -> current(license));
        return link(license, release, Optional.of(caller.userId()), clientAddress);
    }

    /** A link for a licence's own program (the update check), made for the licence's owner, if any. */
    public IssuedLink issueForProgram(License license, Release release, String clientAddress) {
        return link(license, release, license.userId(), clientAddress);
    }

    private IssuedLink link(License license, Release release, Optional<Long> userId, String clientAddress) {
        DownloadQuota.Standing standing = quota.requireLeft(license.id());
        DownloadToken token = new DownloadToken(
                TenantContext.require().id(),
                license.id(),
                release.id(),
                userId,
                clock.instant().plus(settings.linkLifetime()),
                UUID.randomUUID(),
                settings.bindsAddress() ? Optional.ofNullable(clientAddress) : Optional.empty());
        String text = DownloadTokenCodec.encode(token, keys.signingKey());
        return new IssuedLink(
                text,
                urls.of("/api/downloads/" + release.id() + "?token=" + text),
                token.expiresAt(),
                release,
                standing.left());
    }

    /**
     * What a request of a link may have: 403 {@code TOKEN_INVALID} (forged, altered, another store's, another
     * release's), {@code TOKEN_EXPIRED}, {@code IP_MISMATCH}, then the licence's refusals as when the link was
     * made, and 410 {@code RELEASE_WITHDRAWN} for a release yanked since.
     */
    public Grant check(long releaseId, String tokenText, String clientAddress) {
        DownloadToken token =
                DownloadTokenCodec.decode(tokenText, keys::key).orElseThrow(DownloadRefusal::tokenInvalid);
        if (token.storeId() != TenantContext.require().id() || token.releaseId() != releaseId) {
            throw DownloadRefusal.tokenInvalid();
        }
        if (token.isExpiredAt(clock.instant())) {
            throw DownloadRefusal.tokenExpired();
        }
        if (!token.servesAddress(clientAddress)) {
            throw DownloadRefusal.addressMismatch();
        }
        License license = licenses.get(token.licenseId());
        entitlement.require(license);
        Release release = releases.find(releaseId)
                .filter(found -> found.productId() == license.productId())
                .orElseThrow(DownloadRefusal::tokenInvalid);
        if (!release.isDownloadable()) {
            throw DownloadRefusal.releaseWithdrawn();
        }
        return Grant.of(token, release);
    }

    /**
     * A checked request starts sending {@code range} of the file (or redirects to the object store): the link
     * counts against the day's quota on its first use (403 {@code QUOTA_EXCEEDED}), and the log gets its row.
     */
    public long begin(Grant grant, ByteRange range, String clientAddress, boolean redirected) {
        quota.count(grant.token().licenseId(), grant.token().tokenId());
        return log.started(grant.token(), grant.version(), clientAddress, range, redirected);
    }

    /**
     * The request has ended, {@code sent} bytes written to the client; {@code delivered} when the last of them
     * was flushed to it (false: the client went away, or the store failed).
     */
    public void end(long downloadId, long sent, long fileSize, boolean delivered) {
        log.finished(downloadId, sent, fileSize, delivered);
    }

    private Release downloadable(License license, long releaseId) {
        return releases.find(releaseId)
                .filter(release -> release.productId() == license.productId() && release.isDownloadable())
                .orElseThrow(() -> new NotFoundException("RELEASE_NOT_FOUND", "No release " + releaseId));
    }

    private Release current(License license) {
        return releases.current(license.productId(), ReleaseChannel.STABLE)
                .filter(Release::isDownloadable)
                .orElseThrow(() -> new NotFoundException(
                        "NO_RELEASE", "The product of licence " + license.id() + " has no release to download yet"));
    }
}
