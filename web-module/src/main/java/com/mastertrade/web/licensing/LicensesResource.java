package com.mastertrade.web.licensing;

import static com.mastertrade.shared.http.Bodies.require;
import static com.mastertrade.web.shared.Owned.Kind.LICENSE;

import com.mastertrade.catalog.Products;
import com.mastertrade.identity.User;
import com.mastertrade.identity.Users;
import com.mastertrade.licensing.DeviceId;
import com.mastertrade.licensing.DeviceSlots;
import com.mastertrade.licensing.LicenseFiles;
import com.mastertrade.licensing.LicenseLifecycle;
import com.mastertrade.licensing.Licenses;
import com.mastertrade.licensing.signing.AnswerSignature;
import com.mastertrade.licensing.signing.SignatureAlgorithm;
import com.mastertrade.shared.InvalidInputException;
import com.mastertrade.shared.http.WholeNumbers;
import com.mastertrade.web.shared.CurrentRequest;
import com.mastertrade.web.shared.Owned;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
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
    LicenseLifecycle lifecycle;

    @Inject
    DeviceSlots deviceSlots;

    @Inject
    CurrentRequest current;

    @Inject
    LicenseFiles files;

    @Inject
    Products products;

    @Inject
    Users users;

    @GET
    @Path("/{id}")
    @Operation(summary = "A licence: your own, or any of the store for support and admin staff")
    public LicenseView get(@PathParam("id") @Owned(LICENSE) long id) {
        return LicenseView.of(licenses.get(id, current.caller()));
    }

    @GET
    @Path("/{id}/activations")
    @Operation(summary = "The devices holding a slot of a licence (yours, or any for staff), oldest first")
    public List<ActivationView> activations(@PathParam("id") @Owned(LICENSE) long id) {
        return deviceSlots.activations(id, current.caller()).stream()
                .map(ActivationView::of)
                .toList();
    }

    @DELETE
    @Path("/{id}/activations/{device_id}")
    @Operation(
            summary = "Free a device's slot (a dead, lost or replaced PC): the licence's owner or support and "
                    + "admin staff; audited. 404 ACTIVATION_NOT_FOUND when the device holds no slot")
    public LicenseView release(@PathParam("id") @Owned(LICENSE) long id, @PathParam("device_id") String deviceId) {
        return LicenseView.of(deviceSlots.release(id, new DeviceId(deviceId), current.caller(), current.actor()));
    }

    /** {@code POST /api/licenses/trial}: the product to try. */
    public record TrialRequest(BigDecimal productId) {}

    @POST
    @Path("/trial")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Start a trial of a product (its trial days): one per mailbox and product (addresses "
                    + "compared without case, plus-tag and, at Gmail, dots), 409 TRIAL_ALREADY_USED after that; "
                    + "409 NO_TRIAL when the product offers none")
    public Response trial(TrialRequest body, @Context UriInfo uri) {
        require(body);
        if (body.productId() == null) {
            throw new InvalidInputException("product_id", "product_id is required");
        }
        long productId = WholeNumbers.whole("product_id", body.productId());
        products.getPublished(Long.toString(productId));
        User user = users.get(current.caller().userId(), current.caller());
        LicenseView trial = LicenseView.of(lifecycle.startTrial(productId, user.id(), user.email()));
        return Response.created(uri.getBaseUriBuilder().path("licenses/{id}").build(trial.id()))
                .entity(trial)
                .build();
    }

    @GET
    @Path("/{id}/file")
    @Operation(
            summary =
                    "An offline licence file for a device that holds a slot: the licence's state, valid for "
                            + "?days (1-90, default 30), signed by the store (rsa-sha256, or ed25519 with Mastertrade-Accept-Signature)")
    public LicenseFiles.LicenseFile file(
            @PathParam("id") @Owned(LICENSE) long id,
            @QueryParam("device_id") String deviceId,
            @QueryParam("days") String days,
            @HeaderParam(AnswerSignature.ACCEPT_HEADER) String accept) {
        int validDays = days == null || days.isBlank()
                ? (int) LicenseFiles.DEFAULT_VALIDITY.toDays()
                : (int) WholeNumbers.parse("days", days);
        if (validDays < 1 || validDays > 90) {
            throw new InvalidInputException("days", "days is 1 to 90");
        }
        return files.issue(
                id,
                current.caller(),
                new DeviceId(deviceId),
                Duration.ofDays(validDays),
                SignatureAlgorithm.requested(accept));
    }
}
