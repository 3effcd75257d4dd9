package com.mastertrade.web.delivery;

import static com.mastertrade.web.shared.Owned.Kind.USER;

import com.mastertrade.delivery.download.DownloadFilter;
import com.mastertrade.delivery.download.DownloadLog;
import com.mastertrade.shared.Page;
import com.mastertrade.shared.PageRequest;
import com.mastertrade.web.shared.Owned;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/users/{id}/downloads")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"user", "support", "admin"})
@SecurityRequirement(name = "jwt")
@Tag(name = "Downloads")
public class UserDownloadsResource {

    @Inject
    DownloadLog log;

    @GET
    @Operation(summary = "A user's downloads, the latest first: your own, or anyone's of the store for staff")
    public Page<DownloadView> ofUser(
            @PathParam("id") @Owned(USER) long userId,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return log.page(DownloadFilter.ofUser(userId), PageRequest.parse(page, size))
                .map(DownloadView::of);
    }
}
