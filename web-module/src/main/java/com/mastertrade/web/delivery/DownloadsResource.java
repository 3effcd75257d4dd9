package com.mastertrade.web.delivery;

import static com.mastertrade.shared.http.Bodies.require;

import com.mastertrade.delivery.download.ByteRange;
import com.mastertrade.delivery.download.DownloadDesk;
import com.mastertrade.delivery.download.Grant;
import com.mastertrade.delivery.storage.BlobStore;
import com.mastertrade.delivery.storage.DownloadName;
import com.mastertrade.shared.InvalidInputException;
import com.mastertrade.shared.NotFoundException;
import com.mastertrade.shared.http.ClientAddress;
import com.mastertrade.shared.http.ErrorBody;
import com.mastertrade.shared.http.WholeNumbers;
import com.mastertrade.web.shared.CurrentRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Download links and the bytes they give. The link's token is the only credential of a download (a browser, a
 * script or an installed program follows it without signing in), so the release id in its path is checked
 * against the token, not looked up for a caller ({@code @Owned} does not apply).
 */
@Path("/downloads")
@Tag(name = "Downloads")
public class DownloadsResource {

    /** How long an object store's presigned address lives: long enough to start, short enough not to share. */
    static final Duration PRESIGNED_VALIDITY = Duration.ofMinutes(5);

    @Inject
    DownloadDesk desk;

    @Inject
    BlobStore blobs;

    @Inject
    CurrentRequest current;

    /** {@code POST /api/downloads/generate}: the licence, and a release of its product if not the current one. */
    public record LinkRequest(BigDecimal licenseId, BigDecimal releaseId) {}

    @POST
    @Path("/generate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"user", "support", "admin"})
    @SecurityRequirement(name = "jwt")
    @Operation(
            summary = "A download link for your licence: its product's current stable release, or release_id. "
                    + "Valid MT_DOWNLOAD_TOKEN_MINUTES (15); counts against the licence's daily quota when first used")
    @APIResponse(responseCode = "201", description = "{token, url, expires_at, release, downloads_left_today}")
    @APIResponse(responseCode = "403", description = "LICENSE_NOT_ACTIVE, ORDER_NOT_PAID, QUOTA_EXCEEDED")
    @APIResponse(responseCode = "404", description = "LICENSE_NOT_FOUND, RELEASE_NOT_FOUND, NO_RELEASE")
    public Response generate(LinkRequest body) {
        require(body);
        if (body.licenseId() == null) {
            throw new InvalidInputException("license_id", "license_id is required");
        }
        long licenseId = WholeNumbers.whole("license_id", body.licenseId());
        Optional<Long> releaseId =
                Optional.ofNullable(body.releaseId()).map(id -> WholeNumbers.whole("release_id", id));
        DownloadLinkView link =
                DownloadLinkView.of(desk.issue(licenseId, releaseId, current.caller(), ClientAddress.current()));
        return Response.status(Response.Status.CREATED).entity(link).build();
    }

    @GET
    @Path("/{release_id}")
    @Operation(
            summary = "The release's file through a link: Range (one range → 206, past the end → 416, several → "
                    + "the whole file), If-Range, ETag (its SHA-256); or 302 to the object store's presigned address")
    @APIResponse(
            responseCode = "403",
            description = "TOKEN_INVALID, TOKEN_EXPIRED, IP_MISMATCH, LICENSE_NOT_ACTIVE, "
                    + "ORDER_NOT_PAID, QUOTA_EXCEEDED")
    @APIResponse(responseCode = "410", description = "RELEASE_WITHDRAWN: yanked since the link was made")
    public Response download(
            @PathParam("release_id") String releaseId,
            @QueryParam("token") String token,
            @HeaderParam("Range") String range,
            @HeaderParam("If-Range") String ifRange,
            @Parameter(
                            description = "Sent by a front proxy of MT_TRUSTED_PROXIES that sends files itself "
                                    + "(X-Accel-Redirect, X-Sendfile): the answer names the file in that header, "
                                    + "without a body")
                    @HeaderParam(ProxyHandoff.TYPE_HEADER)
                    String handoffType,
            @Parameter(description = "With X-Accel-Redirect: <storage folder>=<the proxy's internal location>")
                    @HeaderParam(ProxyHandoff.MAPPING_HEADER)
                    String handoffMapping) {
        String client = ClientAddress.current();
        Grant grant = desk.check(id(releaseId), token, client);
        FileAnswer answer = FileAnswer.of(grant, range, ifRange);
        if (answer.isUnsatisfiable()) {
            return unsatisfiable(grant);
        }
        Optional<URI> presigned =
                blobs.presignedGet(grant.blobKey(), DownloadName.sanitize(grant.fileName()), PRESIGNED_VALIDITY);
        if (presigned.isPresent()) {
            desk.begin(grant, answer.range(), client, true);
            return Response.status(Response.Status.FOUND)
                    .location(presigned.get())
                    .header("Cache-Control", "no-store")
                    .build();
        }
        Optional<ProxyHandoff> handoff = handoff(grant, handoffType, handoffMapping);
        if (handoff.isPresent()) {
            desk.begin(grant, answer.range(), client, true);
            return handedOff(grant, handoff.get());
        }
        long downloadId = desk.begin(grant, answer.range(), client, false);
        ReleaseBytes bytes = new ReleaseBytes(blobs, desk, grant.blobKey(), answer.range(), grant.size(), downloadId);
        return headers(Response.status(answer.status()).entity(bytes), grant, answer)
                .build();
    }

    @HEAD
    @Path("/{release_id}")
    @Operation(summary = "The headers the same GET would answer, without counting or logging a download")
    public Response head(
            @PathParam("release_id") String releaseId,
            @QueryParam("token") String token,
            @HeaderParam("Range") String range,
            @HeaderParam("If-Range") String ifRange,
            @HeaderParam(ProxyHandoff.TYPE_HEADER) String handoffType,
            @HeaderParam(ProxyHandoff.MAPPING_HEADER) String handoffMapping) {
        Grant grant = desk.check(id(releaseId), token, ClientAddress.current());
        FileAnswer answer = FileAnswer.of(grant, range, ifRange);
        if (answer.isUnsatisfiable()) {
            return unsatisfiable(grant);
        }
        Optional<ProxyHandoff> handoff = handoff(grant, handoffType, handoffMapping);
        if (handoff.isPresent()) {
            return handedOff(grant, handoff.get());
        }
        return headers(Response.status(answer.status()), grant, answer).build();
    }

    /** A trusted front proxy that sends files itself gets the release's (local) file to send. */
    private Optional<ProxyHandoff> handoff(Grant grant, String type, String mapping) {
        if (type == null || !ClientAddress.viaTrustedProxy()) {
            return Optional.empty();
        }
        return blobs.localFile(grant.blobKey()).flatMap(file -> ProxyHandoff.requested(type, mapping, file));
    }

    /**
     * The proxy answers the client from the file, honouring its Range and If-Range itself (with its own ETag and
     * Last-Modified, which it keeps consistent); it keeps these headers of ours.
     */
    private static Response handedOff(Grant grant, ProxyHandoff handoff) {
        return Response.ok(new byte[0]) // an empty entity: no entity would be sent chunked, with a charset
                .type(MediaType.APPLICATION_OCTET_STREAM_TYPE)
                .header(handoff.header(), handoff.target())
                .header("Content-Disposition", DownloadName.contentDisposition(grant.fileName()))
                .header("Cache-Control", "private, no-store")
                .build();
    }

    private static Response.ResponseBuilder headers(Response.ResponseBuilder response, Grant grant, FileAnswer answer) {
        response.type(MediaType.APPLICATION_OCTET_STREAM_TYPE)
                .header("Content-Length", answer.range().length())
                .header("Accept-Ranges", "bytes")
                .header("ETag", grant.entityTag())
                .header("Content-Disposition", DownloadName.contentDisposition(grant.fileName()))
                .header("Cache-Control", "private, no-store");
        if (grant.publishedAt() != null) {
            response.header("Last-Modified", FileAnswer.httpDate(grant.publishedAt()));
        }
        if (answer.isPartial()) {
            response.header("Content-Range", answer.range().contentRange(grant.size()));
        }
        return response;
    }

    private static Response unsatisfiable(Grant grant) {
        return Response.status(416)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Range", ByteRange.unsatisfiedContentRange(grant.size()))
                .header("Accept-Ranges", "bytes")
                .entity(ErrorBody.of(
                        "RANGE_NOT_SATISFIABLE",
                        "The range starts past the end of the file (" + grant.size() + " bytes)",
                        "Range"))
                .build();
    }

    /** A release id as the path gives it; anything but a number names no release. */
    private static long id(String text) {
        if (text == null || !text.matches("\\d{1,18}")) {
            throw new NotFoundException("RELEASE_NOT_FOUND", "No release " + text);
        }
        return Long.parseLong(text);
    }
}
