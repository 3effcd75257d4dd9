package com.mastertrade.web.licensing;

import com.mastertrade.licensing.DeviceId;
import com.mastertrade.licensing.LicenseCheck;
import jakarta.json.JsonValue;
import java.time.Instant;

/** The bodies of the licence API, as WinDev programs send and read them (API.md, "Licence API"). */
public final class LicenseApiMessages {

    private LicenseApiMessages() {
    }

    /** validate, activate and deactivate; the nonce is echoed as sent (a number or a string). */
    public record Call(String key, String deviceId, String deviceName, JsonValue nonce, String product,
            String appVersion) {
    }

    public record Answer(boolean valid, String code, boolean allowed, String status, String type, Instant expiry,
            Activations activations, String deviceId, JsonValue nonce, Instant ts) {

        static Answer of(LicenseCheck check, DeviceId device, JsonValue nonce, Instant now) {
            return new Answer(check.valid(), check.code().name(), check.allowed(),
                    check.status() == null ? null : check.status().apiName(),
                    check.type() == null ? null : check.type().apiName(), check.expiry(),
                    check.used() == null ? null : new Activations(check.used(), check.max()),
                    device.value(), nonce, now);
        }
    }

    public record Activations(int used, int max) {
    }

    /** The answer to a heartbeat: when to beat again. */
    public record Beat(boolean ok, long nextHeartbeatIn, JsonValue nonce, Instant ts) {
    }
}
