package com.mastertrade.licensing;

import com.mastertrade.catalog.Products;
import com.mastertrade.identity.Caller;
import com.mastertrade.licensing.signing.AnswerSigner;
import com.mastertrade.licensing.signing.SignatureAlgorithm;
import com.mastertrade.shared.ConflictException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * Offline licence files: the licence's state for one device, valid until a stated time, signed by the store so
 * that a program can check it with the store's public key alone, without the network. The file carries the
 * document's exact bytes (base64) and the signature over them, in the format of {@code Mastertrade-Signature}.
 */
@Stateless
public class LicenseFiles {

    public static final String FORMAT = "mastertrade-license-file/1";
    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(30);

    @Inject
    Licenses licenses;

    @Inject
    Products products;

    @Inject
    AnswerSigner signer;

    @Inject
    Clock clock;

    /** The file for a device that holds a slot of the licence, valid for the given time (30 days by default). */
    public LicenseFile issue(
            long licenseId, Caller caller, DeviceId device, Duration validity, SignatureAlgorithm algorithm) {
        License license = licenses.get(licenseId, caller);
        if (license.liveActivations().stream().noneMatch(a -> a.deviceId().equals(device.value()))) {
            throw new ConflictException("DEVICE_NOT_ACTIVATED", "Activate the licence on this device first");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant validUntil = now.plus(validity);
        byte[] document = Json.createObjectBuilder()
                .add("format", FORMAT)
                .add("key", license.key().value())
                .add("product", products.get(license.productId()).sku())
                .add("status", license.status().apiName())
                .add("type", license.type().apiName())
                .add("expiry", license.expiry().map(Instant::toString).orElse("never"))
                .add("max_activations", license.maxActivations())
                .add("device_id", device.value())
                .add("issued_at", now.toString())
                .add("valid_until", validUntil.toString())
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8);
        return new LicenseFile(
                FORMAT, Base64.getEncoder().encodeToString(document), signer.sign(document, algorithm), validUntil);
    }

    /** The file as downloaded: the document's bytes in base64 and the signature over those bytes. */
    public record LicenseFile(String format, String document, String signature, Instant validUntil) {}
}
