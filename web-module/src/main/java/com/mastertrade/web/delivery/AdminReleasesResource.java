package com.mastertrade.web.delivery;

import static com.mastertrade.shared.http.Bodies.require;
import static com.mastertrade.web.shared.Owned.Kind.PRODUCT;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The reseller's releases: drafts made from uploads, published, yanked, made current (the rollback). */
@Path("/admin")
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

    @POST
    @Path("/products/{id}/releases")
    @Operation(
            summary = "A draft release of the product from an upload: {version, upload, platform?, channel?, "
                    + "changelog?, mandatory?}; size and sha256 are computed from the stored bytes")
    @APIResponse(responseCode = "201", description = "The draft; size and sha256 null until its upload is complete")
    @APIResponse(responseCode = "404", description = "PRODUCT_NOT_FOUND, UPLOAD_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "RELEASE_EXISTS: this version, platform and channel exist")
    public Response create(@PathParam("id") @Owned(PRODUCT) long id, ReleaseRequest body, @Context UriInfo uri) {
        require(body);
        ReleaseView release = ReleaseView.of(desk.create(id, body.description(), body.uploadId(), current.actor()));
        return Response.created(
                        uri.getBaseUriBuilder().path("admin/releases/{id}").build(release.id()))
                .entity(release)
                .build();
    }

    @GET
    @Path("/products/{id}/releases")
    @RolesAllowed({"support", "admin"})
    @Operation(summary = "Every release of the product, drafts and yanked ones too, the latest created first")
    public List<ReleaseView> list(@PathParam("id") @Owned(PRODUCT) long id) {
        return releases.ofProduct(id).stream().map(ReleaseView::of).toList();
    }

    @GET
    @Path("/releases/{id}")
    @RolesAllowed({"support", "admin"})
    @Operation(summary = "A release, whatever its status")
    public ReleaseView get(@PathParam("id") @Owned(RELEASE) long id) {
        return ReleaseView.of(releases.get(id));
    }

    @POST
    @Path("/releases/{id}/publish")
    @Operation(
            summary = "Offer a draft to customers; it becomes current when its channel has no newer release. "
                    + "409 RELEASE_FILE_INCOMPLETE while its upload is not complete")
    @APIResponse(responseCode = "409", description = "RELEASE_FILE_INCOMPLETE, RELEASE_NOT_DRAFT")
    public ReleaseView publish(@PathParam("id") @Owned(RELEASE) long id) {
        return ReleaseView.of(desk.publish(id, current.actor()));
    }

    @POST
    @Path("/releases/{id}/yank")
    @Operation(
            summary = "Withdraw a published release; if it was current, the newest other published release of "
                    + "its channel becomes current")
    @APIResponse(responseCode = "409", description = "RELEASE_NOT_PUBLISHED")
    public ReleaseView yank(@PathParam("id") @Owned(RELEASE) long id) {
        return ReleaseView.of(desk.yank(id, current.actor()));
    }

    @POST
    @Path("/releases/{id}/make-current")
    @Operation(
            summary = "Make a published release what downloads and update checks give; on an older release "
                    + "this is the rollback")
    @APIResponse(responseCode = "409", description = "RELEASE_NOT_PUBLISHED")
    public ReleaseView makeCurrent(@PathParam("id") @Owned(RELEASE) long id) {
        return ReleaseView.of(desk.makeCurrent(id, current.actor()));
    }
}
