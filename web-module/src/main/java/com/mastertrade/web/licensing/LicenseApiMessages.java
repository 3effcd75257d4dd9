package com.mastertrade.web.licensing;

import com.mastertrade.licensing.DeviceId;
import com.mastertrade.licensing.LicenseCheck;
import com.mastertrade.licensing.LicenseKey;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** The bodies of the licence API, as WinDev programs send and read them (API.md, "Licence API"). */
public final class LicenseApiMessages {

    private LicenseApiMessages() {}

    /** validate, activate and deactivate; the nonce is echoed as sent (a number or a string). */
    public record Call(
            String key, String deviceId, String deviceName, JsonValue nonce, String product, String appVersion)
            implements LicenseApiCall {

        /** The product (SKU) the program says it is, if it says. */
        Optional<String> namedProduct() {
            return Optional.ofNullable(product).filter(sku -> !sku.isBlank());
        }
    }

    /**
     * The verdict, bound to what it is about: the key and product, the device and the caller's nonce, so that a
     * signed answer cannot be replayed to another program, device or call. {@code ts} is in whole seconds.
     */
    public record Answer(
            boolean valid,
            String code,
            boolean allowed,
            String status,
            String type,
            Instant expiry,
            Activations activations,
            String key,
            String product,
            String deviceId,
            JsonValue nonce,
            Instant ts) {

        static Answer of(LicenseCheck check, Optional<LicenseKey> key, DeviceId device, JsonValue nonce, Instant now) {
            return new Answer(
                    check.valid(),
                    check.code().name(),
                    check.allowed(),
                    check.status() == null ? null : check.status().apiName(),
                    check.type() == null ? null : check.type().apiName(),
                    check.expiry(),
                    check.used() == null ? null : new Activations(check.used(), check.max()),
                    key.map(LicenseKey::value).orElse(null),
                    check.product(),
                    device.value(),
                    nonce,
                    seconds(now));
        }
    }

    public record Activations(int used, int max) {}

    /** The answer to a heartbeat: when to beat again. */
    public record Beat(boolean ok, long nextHeartbeatIn, JsonValue nonce, Instant ts) {

        static Beat of(boolean ok, long nextHeartbeatIn, JsonValue nonce, Instant now) {
            return new Beat(ok, nextHeartbeatIn, nonce, seconds(now));
        }
    }

    private static Instant seconds(Instant now) {
        return now.truncatedTo(ChronoUnit.SECONDS);
    }
}
