package com.mastertrade.delivery.download;

import com.mastertrade.delivery.Release;
import com.mastertrade.delivery.ReleaseChannel;
import com.mastertrade.delivery.ReleaseVersion;
import com.mastertrade.delivery.Releases;
import com.mastertrade.licensing.DeviceId;
import com.mastertrade.licensing.License;
import com.mastertrade.licensing.LicenseKey;
import com.mastertrade.licensing.LicenseRefusedException;
import com.mastertrade.licensing.Licenses;
import com.mastertrade.licensing.ValidityCode;
import com.mastertrade.shared.ConflictException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * An installed program asks whether a newer release exists for its licence: the newest current release of its
 * channel ({@code stable}; {@code beta} programs take stable releases too) newer than the version it runs.
 * The licence must be in force and the device must hold one of its slots (the program validated first), so a
 * key alone gives no download link. An update is mandatory when it, or any published release it skips over,
 * was published as mandatory: a program several versions behind still learns that a security fix lies
 * between.
 */
@Stateless
public class UpdateChannel {

    @Inject
    Licenses licenses;

    @Inject
    Releases releases;

    @Inject
    Entitlement entitlement;

    @Inject
    DownloadQuota quota;

    @Inject
    DownloadDesk desk;

    @Inject
    Clock clock;

    /**
     * What the program on {@code device}, running {@code installed}, should install; refusals as the licence API
     * refuses: 404 {@code NOT_FOUND}, 409 with the licence's code ({@code EXPIRED}, {@code REVOKED}...), 409
     * {@code DEVICE_NOT_ACTIVATED}, 403 {@code ORDER_NOT_PAID}.
     */
    public UpdateOffer check(
            LicenseKey key, DeviceId device, ReleaseVersion installed, ReleaseChannel channel, String clientAddress) {
        License license = licenses.find(key).orElseThrow(() -> new LicenseRefusedException(ValidityCode.NOT_FOUND));
        ValidityCode code = license.validityAt(clock.instant());
        if (!code.licenseInForce()) {
            throw new LicenseRefusedException(code);
        }
        entitlement.require(license);
        if (license.liveActivations().stream().noneMatch(slot -> slot.deviceId().equals(device.value()))) {
            throw new ConflictException(
                    "DEVICE_NOT_ACTIVATED", "This device holds no slot of the licence: validate or activate first");
        }
        Set<ReleaseChannel> channels =
                channel == ReleaseChannel.BETA ? EnumSet.allOf(ReleaseChannel.class) : EnumSet.of(channel);
        Optional<Release> offered = releases.updateFor(license.productId(), channels, installed);
        if (offered.isEmpty()) {
            return UpdateOffer.upToDate();
        }
        Release release = offered.get();
        boolean mandatory = releases.published(license.productId(), channels).stream()
                .filter(Release::isMandatory)
                .map(Release::parsedVersion)
                .anyMatch(version -> version.isNewerThan(installed) && !version.isNewerThan(release.parsedVersion()));
        Optional<IssuedLink> link = quota.standing(license.id()).left() > 0
                ? Optional.of(desk.issueForProgram(license, release, clientAddress))
                : Optional.empty();
        return new UpdateOffer(offered, mandatory, link);
    }
}
