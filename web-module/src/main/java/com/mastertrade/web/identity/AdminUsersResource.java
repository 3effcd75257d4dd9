package com.mastertrade.web.identity;

import com.mastertrade.identity.Users;
import com.mastertrade.shared.Page;
import com.mastertrade.shared.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"support", "admin"})
@SecurityRequirement(name = "jwt")
@Tag(name = "Admin")
public class AdminUsersResource {

    @Inject
    Users users;

    @GET
    @Operation(summary = "The store's users, newest first (support and admin staff)")
    public Page<UserView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return users.page(PageRequest.parse(page, size)).map(UserView::of);
    }
}
