package com.mastertrade.web.delivery;

import static com.mastertrade.shared.http.Bodies.require;
import static com.mastertrade.web.shared.Owned.Kind.PRODUCT;

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

/** A product's releases for the reseller: drafts made from uploads, and every release whatever its status. */
@Path("/admin/products/{id}/releases")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@SecurityRequirement(name = "jwt")
@Tag(name = "Admin")
public class AdminProductReleasesResource {

    @Inject
    ReleaseDesk desk;

    @Inject
    Releases releases;

    @Inject
    CurrentRequest current;

    @POST
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
    @RolesAllowed({"support", "admin"})
    @Operation(summary = "Every release of the product, drafts and yanked ones too, the latest created first")
    public List<ReleaseView> list(@PathParam("id") @Owned(PRODUCT) long id) {
        return releases.ofProduct(id).stream().map(ReleaseView::of).toList();
    }
}
