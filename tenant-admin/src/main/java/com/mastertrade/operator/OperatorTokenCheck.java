package com.mastertrade.operator;

import com.mastertrade.identity.TokenIssuer;
import com.mastertrade.shared.UnauthorizedException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Store tokens are signed by the same key: only an operator token opens the operator API. */
@Provider
@Priority(Priorities.AUTHORIZATION - 100)
public class OperatorTokenCheck implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        Principal principal = request.getSecurityContext().getUserPrincipal();
        if (principal instanceof JsonWebToken token
                && (token.getAudience() == null || !token.getAudience().contains(TokenIssuer.OPERATOR_AUDIENCE))) {
            throw new UnauthorizedException("INVALID_TOKEN", "This is not an operator token");
        }
    }
}
