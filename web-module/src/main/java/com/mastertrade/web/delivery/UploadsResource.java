package com.mastertrade.web.delivery;

import com.mastertrade.delivery.TusAnswer;
import com.mastertrade.delivery.UploadReception;
import com.mastertrade.delivery.Uploads;
import com.mastertrade.shared.NotFoundException;
import com.mastertrade.web.shared.CurrentRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Resumable uploads with the tus 1.0 protocol (creation, checksum, termination, expiration), for store
 * administrators: any tus client, or curl (docs/delivery.md). Every request carries {@code Tus-Resumable: 1.0.0}.
 */
@Path("/admin/uploads")
@RolesAllowed("admin")
@SecurityRequirement(name = "jwt")
@Tag(name = "Admin")
public class UploadsResource {

    private static final String TUS_RESUMABLE = "Tus-Resumable";

    @Inject
    UploadReception reception;

    @Inject
    Uploads uploads;

    @Inject
    CurrentRequest current;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @Context
    UriInfo uri;

    @POST
    @Operation(
            summary = "Begin an upload: Upload-Length (bytes, at most MT_UPLOAD_MAX_BYTES, 4 GiB by default) and "
                    + "Upload-Metadata (filename, and optionally sha256: the file's hex SHA-256, each base64); "
                    + "no body. The Location names the upload; its last segment is the id a release takes")
    @Parameter(name = TUS_RESUMABLE, in = ParameterIn.HEADER, required = true, example = "1.0.0")
    @Parameter(name = "Upload-Length", in = ParameterIn.HEADER, required = true, example = "73400320")
    @Parameter(
            name = "Upload-Metadata",
            in = ParameterIn.HEADER,
            description = "comma-separated 'key base64(value)': filename, sha256",
            example = "filename c2V0dXAuZXhl")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            headers = @Header(name = "Location", description = "where to PATCH the bytes"))
    @APIResponse(responseCode = "400", description = "UPLOAD_LENGTH_REQUIRED, BAD_UPLOAD_LENGTH, BAD_CHECKSUM")
    @APIResponse(responseCode = "413", description = "UPLOAD_TOO_LARGE, before anything is kept")
    public Response begin() {
        return answer(reception.receive(request, response, current.actor()));
    }

    @HEAD
    @Path("/{id}")
    @Operation(summary = "Where the upload stands: Upload-Offset and Upload-Length; resume from Upload-Offset")
    @Parameter(name = TUS_RESUMABLE, in = ParameterIn.HEADER, required = true, example = "1.0.0")
    @APIResponse(responseCode = "204", description = "Upload-Offset, Upload-Length")
    @APIResponse(responseCode = "404", description = "UPLOAD_NOT_FOUND (also another store's)")
    public Response offset(@PathParam("id") String id) {
        return answer(reception.receive(request, response, current.actor()));
    }

    @PATCH
    @Path("/{id}")
    @Operation(
            summary = "Append bytes at Upload-Offset (Content-Type: application/offset+octet-stream); an optional "
                    + "Upload-Checksum (sha256 base64) is checked. The last PATCH stores the file and answers 204")
    @Parameter(name = TUS_RESUMABLE, in = ParameterIn.HEADER, required = true, example = "1.0.0")
    @Parameter(name = "Upload-Offset", in = ParameterIn.HEADER, required = true, example = "0")
    @Parameter(
            name = "Upload-Checksum",
            in = ParameterIn.HEADER,
            example = "sha256 47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=")
    @APIResponse(responseCode = "204", description = "Upload-Offset: the new offset")
    @APIResponse(responseCode = "409", description = "UPLOAD_OFFSET_MISMATCH: ask HEAD where to resume")
    @APIResponse(
            responseCode = "460",
            description = "CHECKSUM_MISMATCH: the chunk or the file is not the one announced")
    public Response append(@PathParam("id") String id) {
        return answer(reception.receive(request, response, current.actor()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Cancel an upload: its bytes are deleted (tus termination)")
    @Parameter(name = TUS_RESUMABLE, in = ParameterIn.HEADER, required = true, example = "1.0.0")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response cancel(@PathParam("id") String id) {
        return answer(reception.receive(request, response, current.actor()));
    }

    @OPTIONS
    @Operation(summary = "What the server supports: Tus-Version, Tus-Extension, Tus-Max-Size, checksum algorithms")
    public Response describe() {
        return answer(reception.receive(request, response, current.actor()));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The upload's bookkeeping: status, and once stored the size and SHA-256 the server computed")
    @APIResponse(responseCode = "404", description = "UPLOAD_NOT_FOUND (also another store's)")
    public UploadView get(@PathParam("id") String id) {
        return uploads.find(id)
                .map(UploadView::of)
                .orElseThrow(() -> new NotFoundException("UPLOAD_NOT_FOUND", "No upload " + id + " in this store"));
    }

    /** The protocol's answer as JAX-RS's: its status and headers, the Location inside this store's address. */
    private Response answer(TusAnswer tus) {
        Response.ResponseBuilder answer = Response.status(tus.getStatus());
        for (Map.Entry<String, String> header : tus.headers().entrySet()) {
            if (header.getKey().equalsIgnoreCase("Location")) {
                String id = header.getValue().substring(header.getValue().lastIndexOf('/') + 1);
                answer.location(
                        uri.getBaseUriBuilder().path("admin/uploads/{id}").build(id));
            } else {
                answer.header(header.getKey(), header.getValue());
            }
        }
        return answer.build();
    }
}
