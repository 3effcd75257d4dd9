package com.mastertrade.web.identity;

import static com.mastertrade.web.shared.Owned.Kind.USER;

import com.mastertrade.identity.Caller;
import com.mastertrade.identity.Users;
import com.mastertrade.web.shared.CurrentRequest;
import com.mastertrade.web.shared.Owned;
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

@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"user", "support", "admin"})
@SecurityRequirement(name = "jwt")
@Tag(name = "Users")
public class UsersResource {

    @Inject
    Users users;

    @Inject
    CurrentRequest current;

    @GET
    @Path("/me")
    @Operation(summary = "The signed-in user")
    public UserView me() {
        Caller caller = current.caller();
        return UserView.of(users.get(caller.userId(), caller));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A user: yourself, or anyone of the store for support and admin staff")
    public UserView get(@PathParam("id") @Owned(USER) long id) {
        return UserView.of(users.get(id, current.caller()));
    }
}
