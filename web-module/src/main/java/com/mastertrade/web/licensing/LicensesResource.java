package com.mastertrade.web.licensing;

import com.mastertrade.identity.Caller;
import com.mastertrade.licensing.License;
import com.mastertrade.licensing.Licenses;
import com.mastertrade.shared.NotFoundException;
import com.mastertrade.web.shared.CurrentRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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

    @GET
    @Path("/{id}")
    @Operation(summary = "A licence: your own, or any of the store for support and admin staff")
    public LicenseView get(@PathParam("id") long id) {
        License license = licenses.get(id);
        Caller caller = current.caller();
        if (!license.userId().map(caller::maySee).orElse(caller.isStaff())) {
            throw new NotFoundException("LICENSE_NOT_FOUND", "No licence " + id);
        }
        return LicenseView.of(license);
    }
}
