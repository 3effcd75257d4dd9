package com.mastertrade.web.identity;

import static com.mastertrade.shared.http.Bodies.require;
import static com.mastertrade.web.shared.Owned.Kind.USER;

import com.mastertrade.identity.Caller;
import com.mastertrade.identity.User;
import com.mastertrade.identity.Users;
import com.mastertrade.privacy.AccountErasure;
import com.mastertrade.privacy.PersonalDataExport;
import com.mastertrade.shared.http.RequestId;
import com.mastertrade.web.shared.CurrentRequest;
import com.mastertrade.web.shared.Owned;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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

    @Inject
    PersonalDataExport personalData;

    @Inject
    AccountErasure erasure;

    @Inject
    JsonWebToken token;

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
            summary = "Change your name, phone, country or language (fr, en), and email_preferences {expiry_reminders, "
                    + "product_updates, newsletter}; a field left out keeps its value, an empty phone or country "
                    + "removes it; the e-mail and the role never change here. A newsletter choice is kept as a "
                    + "consent. Audited")
    public UserView describe(ProfileChange body) {
        require(body);
        Caller caller = current.caller();
        User user = users.get(caller.userId(), caller);
        if (!body.keepsProfile()) {
            user = users.describe(caller.userId(), body.applyTo(user.profile()), current.actor());
        }
        if (body.emailPreferences() != null) {
            user = users.prefer(
                    caller.userId(),
                    body.emailPreferences().applyTo(user.emailPreferences()),
                    current.origin(),
                    current.actor());
        }
        return UserView.of(user);
    }

    @GET
    @Path("/me/export")
    @Operation(
            summary = "Everything the store keeps about you, as one JSON file (GDPR): account, e-mail preferences, "
                    + "consents, orders, licences with their devices, downloads. Audited")
    public Response export() {
        Caller caller = current.caller();
        return Response.ok(personalData.of(caller.userId(), current.actor()))
                .header("Content-Disposition", "attachment; filename=\"" + PersonalDataExport.fileName() + "\"")
                .build();
    }

    @DELETE
    @Path("/me")
    @Operation(
            summary = "Erase your account (GDPR) with a token from a sign-in of the last 10 minutes (else 401 "
                    + "REAUTHENTICATION_REQUIRED): your licences are revoked and their devices forgotten, your "
                    + "personal data removed, your orders kept without your name for the accounts. 403 STAFF_ACCOUNT "
                    + "for staff, 409 PAYMENT_IN_PROGRESS while an order placed in the last 24 hours waits for its "
                    + "payment. Cannot be undone")
    @APIResponse(responseCode = "204", description = "Erased; every session and token of the account has ended")
    public void erase() {
        erasure.eraseAfterSignIn(
                current.caller().userId(), Instant.ofEpochSecond(token.getIssuedAtTime()), RequestId.current());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A user: yourself, or anyone of the store for support and admin staff")
    public UserView get(@PathParam("id") @Owned(USER) long id) {
        return UserView.of(users.get(id, current.caller()));
    }
}
