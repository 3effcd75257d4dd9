package com.mastertrade.operator.auth;

import static com.mastertrade.shared.http.Bodies.require;

import com.mastertrade.identity.OperatorAccounts;
import com.mastertrade.identity.TokenIssuer;
import com.mastertrade.shared.http.ClientAddress;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operator")
public class OperatorAuthResource {

    @Inject
    OperatorAccounts operators;

    @POST
    @Path("/login")
    @Operation(summary = "Operator sign-in; answers a bearer JWT for the operator API")
    public Token login(Credentials body) {
        require(body);
        TokenIssuer.IssuedToken token = operators.login(body.email(), body.password(), ClientAddress.current());
        return new Token(token.token(), "Bearer", token.expiresIn());
    }

    public record Credentials(String email, String password) {}

    public record Token(String token, String tokenType, long expiresIn) {}
}
