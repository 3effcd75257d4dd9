package com.mastertrade.web.licensing;

import static com.mastertrade.shared.http.Bodies.require;

import com.mastertrade.licensing.DeviceId;
import com.mastertrade.licensing.DeviceInfo;
import com.mastertrade.licensing.DeviceSlots;
import com.mastertrade.licensing.HeartbeatLimit;
import com.mastertrade.licensing.LicenseCheck;
import com.mastertrade.licensing.LicenseDesk;
import com.mastertrade.licensing.LicenseKey;
import com.mastertrade.licensing.LicenseRefusedException;
import com.mastertrade.licensing.ValidityCode;
import com.mastertrade.shared.http.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The calls WinDev programs make; no sign-in: the licence key names the store and the licence. */
@Path("/license")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Licence API")
@ApplicationScoped
public class LicenseApiResource {

    @Inject
    LicenseDesk desk;

    @Inject
    DeviceSlots deviceSlots;

    @Inject
    HeartbeatLimit heartbeats;

    @Inject
    Clock clock;

    @POST
    @Path("/validate")
    @Operation(
            summary = "Is the licence valid on this device? A device without a slot takes a free one. "
                    + "Always 200, the verdict in code: VALID, IN_GRACE_PERIOD, NOT_FOUND, EXPIRED, REVOKED, SUSPENDED, "
                    + "TRIAL_EXPIRED, TOO_MANY_ACTIVATIONS, PRODUCT_MISMATCH")
    public LicenseApiMessages.Answer validate(LicenseApiMessages.Call call, @Context HttpServletRequest request) {
        require(call);
        Optional<LicenseDesk.Located> located = locate(call, request);
        DeviceId device = new DeviceId(call.deviceId());
        DeviceInfo info = new DeviceInfo(call.deviceName(), ClientAddress.current(), null);
        LicenseCheck check = located.map(
                        found -> desk.validate(found, device, info, call.appVersion(), call.namedProduct()))
                .orElseGet(LicenseCheck::notFound);
        return LicenseApiMessages.Answer.of(check, LicenseKey.parse(call.key()), device, call.nonce(), clock.instant());
    }

    @POST
    @Path("/activate")
    @Operation(
            summary = "Take a slot of the licence for this device (idempotent); 409 TOO_MANY_ACTIVATIONS when none "
                    + "is left, 409 PRODUCT_MISMATCH when the program names another product")
    public LicenseApiMessages.Answer activate(LicenseApiMessages.Call call, @Context HttpServletRequest request) {
        require(call);
        LicenseDesk.Located located = located(call, request);
        DeviceId device = new DeviceId(call.deviceId());
        DeviceInfo info = new DeviceInfo(call.deviceName(), ClientAddress.current(), null);
        LicenseCheck check = desk.inStore(located, key -> deviceSlots.activate(key, device, info, call.namedProduct()));
        return LicenseApiMessages.Answer.of(check, LicenseKey.parse(call.key()), device, call.nonce(), clock.instant());
    }

    @POST
    @Path("/heartbeat")
    @Operation(
            summary = "The program on this device is running (version, last seen); at most 3 a minute per key "
                    + "and device (429 with Retry-After). ok is false when the device holds no slot")
    public LicenseApiMessages.Beat heartbeat(LicenseApiMessages.Call call, @Context HttpServletRequest request) {
        require(call);
        Optional<LicenseDesk.Located> located = locate(call, request);
        DeviceId device = new DeviceId(call.deviceId());
        heartbeats.count(String.valueOf(call.key()), device.value());
        boolean ok = located.map(
                        found -> desk.inStore(found, key -> deviceSlots.heartbeat(key, device, call.appVersion())))
                .orElse(false);
        return LicenseApiMessages.Beat.of(ok, HeartbeatLimit.INTERVAL.toSeconds(), call.nonce(), clock.instant());
    }

    @POST
    @Path("/deactivate")
    @Operation(summary = "Free this device's slot of the licence; the answer says allowed: false")
    public LicenseApiMessages.Answer deactivate(LicenseApiMessages.Call call, @Context HttpServletRequest request) {
        require(call);
        LicenseDesk.Located located = located(call, request);
        DeviceId device = new DeviceId(call.deviceId());
        LicenseCheck check = desk.inStore(located, key -> deviceSlots.deactivate(key, device));
        return LicenseApiMessages.Answer.of(check, LicenseKey.parse(call.key()), device, call.nonce(), clock.instant());
    }

    /**
     * The key's store, which from now on also signs the answer, errors included: called before anything else of
     * the call is checked, so that a bad device id or too many heartbeats get a signed refusal too.
     */
    private Optional<LicenseDesk.Located> locate(LicenseApiMessages.Call call, HttpServletRequest request) {
        Optional<LicenseDesk.Located> found = desk.locate(call.key());
        found.ifPresent(located -> SignedAnswerStore.signWithKeysOf(request, located.store()));
        return found;
    }

    private LicenseDesk.Located located(LicenseApiMessages.Call call, HttpServletRequest request) {
        return locate(call, request).orElseThrow(() -> new LicenseRefusedException(ValidityCode.NOT_FOUND));
    }
}
