package com.mastertrade.web.licensing;

import static com.mastertrade.web.shared.Owned.Kind.USER;

import com.mastertrade.licensing.Licenses;
import com.mastertrade.web.shared.Owned;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/users/{id}/licenses")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"user", "support", "admin"})
@SecurityRequirement(name = "jwt")
@Tag(name = "Licences")
public class UserLicensesResource {

    @Inject
    Licenses licenses;

    @GET
    @Operation(summary = "A user's licences, newest first: your own, or anyone's for staff")
    public List<LicenseView> ofUser(@PathParam("id") @Owned(USER) long userId) {
        return licenses.ofUser(userId).stream().map(LicenseView::of).toList();
    }
}
