package com.mastertrade.web.delivery;

import com.mastertrade.delivery.Release;
import com.mastertrade.delivery.download.IssuedLink;
import com.mastertrade.delivery.download.UpdateOffer;
import com.mastertrade.licensing.DeviceId;
import com.mastertrade.licensing.LicenseKey;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The signed answer of {@code POST /api/license/update}, bound like every licence answer to the key, the device
 * and the caller's nonce. Without an update every field of the release is null; with one but no download left
 * today, {@code url} and {@code expires_at} are null.
 */
public record UpdateAnswer(
        boolean updateAvailable,
        String version,
        boolean mandatory,
        String changelog,
        Long size,
        String sha256,
        URI url,
        Instant expiresAt,
        String key,
        String deviceId,
        JsonValue nonce,
        Instant ts) {

    static UpdateAnswer of(UpdateOffer offer, LicenseKey key, DeviceId device, JsonValue nonce, Instant now) {
        Optional<Release> release = offer.release();
        Optional<IssuedLink> link = offer.link();
        return new UpdateAnswer(
                offer.updateAvailable(),
                release.map(Release::version).orElse(null),
                offer.mandatory(),
                release.map(Release::changelog).orElse(null),
                release.map(Release::size).orElse(null),
                release.map(Release::sha256).orElse(null),
                link.map(IssuedLink::url).orElse(null),
                link.map(IssuedLink::expiresAt).orElse(null),
                key.value(),
                device.value(),
                nonce,
                now.truncatedTo(ChronoUnit.SECONDS));
    }
}
