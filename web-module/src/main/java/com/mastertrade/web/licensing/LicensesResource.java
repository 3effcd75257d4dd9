package com.mastertrade.web.licensing;

import com.mastertrade.licensing.DeviceId;
import com.mastertrade.licensing.LicenseFiles;
import com.mastertrade.licensing.Licenses;
import com.mastertrade.licensing.signing.AnswerSignature;
import com.mastertrade.licensing.signing.SignatureAlgorithm;
import com.mastertrade.shared.InvalidInputException;
import com.mastertrade.shared.http.WholeNumbers;
import com.mastertrade.web.shared.CurrentRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One licence, for its owner or the store's staff; another customer's licence is "not found". */
@Path("/licenses")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"user", "support", "admin"})
@SecurityRequirement(name = "jwt")
@Tag(name = "Licences")
public class LicensesResource {

    @Inject
    Licenses licenses;

    @Inject
    CurrentRequest current;

    @Inject
    LicenseFiles files;

    @GET
    @Path("/{id}")
    @Operation(summary = "A licence: your own, or any of the store for support and admin staff")
    public LicenseView get(@PathParam("id") long id) {
        return LicenseView.of(licenses.get(id, current.caller()));
    }

    @GET
    @Path("/{id}/file")
    @Operation(summary = "An offline licence file for a device that holds a slot: the licence's state, valid for "
            + "?days (1-90, default 30), signed by the store (rsa-sha256, or ed25519 with Mastertrade-Accept-Signature)")
    public LicenseFiles.LicenseFile file(@PathParam("id") long id, @QueryParam("device_id") String deviceId,
            @QueryParam("days") String days, @HeaderParam(AnswerSignature.ACCEPT_HEADER) String accept) {
        int validDays = days == null || days.isBlank() ? (int) LicenseFiles.DEFAULT_VALIDITY.toDays()
                : (int) WholeNumbers.whole("days", parse(days));
        if (validDays < 1 || validDays > 90) {
            throw new InvalidInputException("days", "days is 1 to 90");
        }
        return files.issue(id, current.caller(), new DeviceId(deviceId), Duration.ofDays(validDays),
                SignatureAlgorithm.requested(accept));
    }

    private static BigDecimal parse(String number) {
        try {
            return new BigDecimal(number.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("days", "days must be a whole number");
        }
    }
}
