package com.mastertrade.web.delivery;

import static com.mastertrade.web.shared.Owned.Kind.RELEASE;

import com.mastertrade.delivery.ReleaseDesk;
import com.mastertrade.delivery.Releases;
import com.mastertrade.web.shared.CurrentRequest;
import com.mastertrade.web.shared.Owned;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A release for the reseller: published, yanked, made current (the rollback). */
@Path("/admin/releases")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@SecurityRequirement(name = "jwt")
@Tag(name = "Admin")
public class AdminReleasesResource {

    @Inject
    ReleaseDesk desk;

    @Inject
    Releases releases;

    @Inject
    CurrentRequest current;

    @GET
    @Path("/{id}")
    @RolesAllowed({"support", "admin"})
    @Operation(summary = "A release, whatever its status")
    public ReleaseView get(@PathParam("id") @Owned(RELEASE) long id) {
        return ReleaseView.of(releases.get(id));
    }

    @POST
    @Path("/{id}/publish")
    @Operation(
            summary = "Offer a draft to customers; it becomes current when its channel has no newer release. "
                    + "409 RELEASE_FILE_INCOMPLETE while its upload is not complete")
    @APIResponse(responseCode = "409", description = "RELEASE_FILE_INCOMPLETE, RELEASE_NOT_DRAFT")
    public ReleaseView publish(@PathParam("id") @Owned(RELEASE) long id) {
        return ReleaseView.of(desk.publish(id, current.actor()));
    }

    @POST
    @Path("/{id}/yank")
    @Operation(
            summary = "Withdraw a published release; if it was current, the newest other published release of "
                    + "its channel becomes current")
    @APIResponse(responseCode = "409", description = "RELEASE_NOT_PUBLISHED")
    public ReleaseView yank(@PathParam("id") @Owned(RELEASE) long id) {
        return ReleaseView.of(desk.yank(id, current.actor()));
    }

    @POST
    @Path("/{id}/make-current")
    @Operation(
            summary = "Make a published release what downloads and update checks give; on an older release "
                    + "this is the rollback")
    @APIResponse(responseCode = "409", description = "RELEASE_NOT_PUBLISHED")
    public ReleaseView makeCurrent(@PathParam("id") @Owned(RELEASE) long id) {
        return ReleaseView.of(desk.makeCurrent(id, current.actor()));
    }
}
