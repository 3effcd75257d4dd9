package com.mastertrade.web.delivery;

import static com.mastertrade.web.shared.Owned.Kind.LICENSE;

import com.mastertrade.delivery.download.DownloadQuota;
import com.mastertrade.web.shared.CurrentRequest;
import com.mastertrade.web.shared.Owned;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A licence's download quota of the day, for the store's staff: how much is used, and giving it back. */
@Path("/admin/licenses/{id}/download-quota")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"support", "admin"})
@SecurityRequirement(name = "jwt")
@Tag(name = "Admin")
public class DownloadQuotaResource {

    @Inject
    DownloadQuota quota;

    @Inject
    CurrentRequest current;

    /** {@code {used, quota, left}} of the UTC day; quota 0 and left null: no limit. */
    public record QuotaView(int used, int quota, Integer left) {

        static QuotaView of(DownloadQuota.Standing standing) {
            return new QuotaView(
                    standing.used(), standing.quota(), standing.left() == Integer.MAX_VALUE ? null : standing.left());
        }
    }

    @GET
    @Operation(summary = "The download links the licence has used today (UTC) and those left")
    public QuotaView get(@PathParam("id") @Owned(LICENSE) long id) {
        return QuotaView.of(quota.standing(id));
    }

    @POST
    @Path("/reset")
    @Operation(
            summary = "Give the licence its day's downloads back (audited as license.download_quota_reset); links "
                    + "already used stay usable for resuming")
    public QuotaView reset(@PathParam("id") @Owned(LICENSE) long id) {
        return QuotaView.of(quota.reset(id, current.actor()));
    }
}
