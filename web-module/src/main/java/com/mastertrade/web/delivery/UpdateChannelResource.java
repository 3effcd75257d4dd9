package com.mastertrade.web.delivery;

import static com.mastertrade.shared.http.Bodies.require;

import com.mastertrade.delivery.ReleaseChannel;
import com.mastertrade.delivery.ReleaseVersion;
import com.mastertrade.delivery.download.UpdateChannel;
import com.mastertrade.delivery.download.UpdateOffer;
import com.mastertrade.licensing.DeviceId;
import com.mastertrade.licensing.LicenseDesk;
import com.mastertrade.licensing.LicenseRefusedException;
import com.mastertrade.licensing.ValidityCode;
import com.mastertrade.shared.InvalidInputException;
import com.mastertrade.shared.http.ClientAddress;
import com.mastertrade.web.licensing.LicenseApiCall;
import com.mastertrade.web.licensing.SignedAnswerStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
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

/**
 * The update check of installed programs, a call of the licence API: no sign-in, the key names the store and
 * the licence, and every answer (refusals too) is signed by that store like the other licence answers
 * ({@code AnswerSigning} signs all of {@code /api/license/}).
 */
@Path("/license/update")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Licence API")
@ApplicationScoped
public class UpdateChannelResource {

    @Inject
    LicenseDesk desk;

    @Inject
    UpdateChannel updates;

    @Inject
    Clock clock;

    /** {@code {key, device_id, version, channel?, nonce?}}: the program's licence, device and version. */
    public record UpdateCall(String key, String deviceId, String version, String channel, JsonValue nonce)
            implements LicenseApiCall {}

    @POST
    @Operation(
            summary = "Is there a newer release for this licence and channel (stable by default, or beta)? "
                    + "Signed. update_available, version, mandatory, changelog, size, sha256 and a download url "
                    + "bound to the licence (null when its daily quota is used up); 409 DEVICE_NOT_ACTIVATED "
                    + "when the device holds no slot, 409 EXPIRED/REVOKED/SUSPENDED/TRIAL_EXPIRED")
    public UpdateAnswer update(UpdateCall call, @Context HttpServletRequest request) {
        require(call);
        Optional<LicenseDesk.Located> located = desk.locate(call.key());
        located.ifPresent(found -> SignedAnswerStore.signWithKeysOf(request, found.store()));
        DeviceId device = new DeviceId(call.deviceId());
        ReleaseVersion installed = ReleaseVersion.of("version", call.version());
        ReleaseChannel channel = call.channel() == null
                ? ReleaseChannel.STABLE
                : ReleaseChannel.parse(call.channel())
                        .orElseThrow(() -> new InvalidInputException("channel", "channel is stable or beta"));
        LicenseDesk.Located licence = located.orElseThrow(() -> new LicenseRefusedException(ValidityCode.NOT_FOUND));
        UpdateOffer offer =
                desk.inStore(licence, key -> updates.check(key, device, installed, channel, ClientAddress.current()));
        return UpdateAnswer.of(offer, licence.key(), device, call.nonce(), clock.instant());
    }
}
