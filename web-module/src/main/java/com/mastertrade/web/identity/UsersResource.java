package com.mastertrade.web.identity;

import static com.mastertrade.shared.http.Bodies.require;
import static com.mastertrade.web.shared.Owned.Kind.USER;

import com.mastertrade.identity.Caller;
import com.mastertrade.identity.Users;
import com.mastertrade.web.shared.CurrentRequest;
import com.mastertrade.web.shared.Owned;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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

    @PUT
    @Path("/me")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Change your name, phone, country or language (fr, en); a field left out keeps its value, an "
                    + "empty phone or country removes it; the e-mail and the role never change here. Audited")
    public UserView describe(ProfileChange body) {
        require(body);
        Caller caller = current.caller();
        return UserView.of(users.describe(
                caller.userId(), body.applyTo(users.get(caller.userId(), caller).profile()), current.actor()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A user: yourself, or anyone of the store for support and admin staff")
    public UserView get(@PathParam("id") @Owned(USER) long id) {
        return UserView.of(users.get(id, current.caller()));
    }
}
