package com.mastertrade.web.identity;

import static com.mastertrade.shared.http.Bodies.require;

import com.mastertrade.identity.Accounts;
import com.mastertrade.identity.Registration;
import com.mastertrade.identity.SignIn;
import com.mastertrade.identity.User;
import com.mastertrade.web.shared.CurrentRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication")
public class AuthResource {

    @Inject
    Accounts accounts;

    @Inject
    CurrentRequest current;

    @POST
    @Path("/register")
    @Operation(
            summary = "Create a customer account (the terms must be accepted); 409 if the email is taken; 422 "
                    + "WEAK_PASSWORD on password for a common or guessable one (the reason in the Accept-Language, "
                    + "French by default); 429 TOO_MANY_SIGNUPS with Retry-After past MT_SIGNUPS_PER_HOUR (10) "
                    + "accounts an hour from one address")
    public Response register(AuthRequests.Register body, @Context UriInfo uri) {
        require(body);
        User user = accounts.register(
                new Registration(
                        body.name(), body.email(), body.password(), body.phone(), body.country(), body.acceptTerms()),
                current.origin());
        return Response.created(uri.getBaseUriBuilder().path("users/{id}").build(user.id()))
                .entity(new AuthRequests.Registered(
                        user.id(), user.email(), user.role().apiName()))
                .build();
    }

    @POST
    @Path("/login")
    @Operation(
            summary = "Sign in; answers a bearer JWT valid in this store only. 429 TOO_MANY_ATTEMPTS with "
                    + "Retry-After after 5 failures on an account from one address (5 min), 20 from one address "
                    + "(15 min), or while an account attacked from many addresses is slowed (at most 60 s)")
    public AuthRequests.SignedIn login(AuthRequests.Login body) {
        require(body);
        SignIn signIn = accounts.login(body.email(), body.password(), current.origin());
        User user = signIn.user();
        return new AuthRequests.SignedIn(
                signIn.token().token(),
                "Bearer",
                signIn.token().expiresIn(),
                new AuthRequests.SignedInUser(
                        user.id(), user.email(), user.name(), user.role().apiName()));
    }

    @POST
    @Path("/forgot")
    @Operation(
            summary = "E-mail a password reset link (to the store's /reset-password page) if the address has an "
                    + "account; 202 either way, and nothing sent past 3 e-mails an hour to an account or 10 "
                    + "requests an hour from one address")
    public Response forgot(AuthRequests.Forgot body) {
        require(body);
        accounts.requestPasswordReset(body.email(), current.origin());
        return Response.accepted().build();
    }

    @POST
    @Path("/reset")
    @Operation(
            summary = "Set a new password with the token of a reset link (single use, 30 minutes); 422 "
                    + "WEAK_PASSWORD on password for a common or guessable one")
    public Response reset(AuthRequests.Reset body) {
        require(body);
        accounts.resetPassword(body.token(), body.password(), current.origin());
        return Response.noContent().build();
    }
}
