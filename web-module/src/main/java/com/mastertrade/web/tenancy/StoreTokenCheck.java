package com.mastertrade.web.tenancy;

import com.mastertrade.identity.TokenIssuer;
import com.mastertrade.shared.UnauthorizedException;
import com.mastertrade.tenancy.TenantContext;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A valid signature is not enough: a token works only in the store that issued it, and an operator's
 * token not at all. Runs before the role checks, so a foreign "admin" token never reaches them.
 */
@Provider
@Priority(Priorities.AUTHORIZATION - 100)
public class StoreTokenCheck implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        Principal principal = request.getSecurityContext().getUserPrincipal();
        if (!(principal instanceof JsonWebToken token)) {
            return;
        }
        String tenant = TenantContext.current().map(t -> t.slug().value()).orElse(null);
        boolean storeToken = token.getAudience() != null && token.getAudience().contains(TokenIssuer.STORE_AUDIENCE);
        if (!storeToken || tenant == null || !tenant.equals(token.getClaim("tenant"))) {
            throw new UnauthorizedException("INVALID_TOKEN", "This token is not valid for this store");
        }
    }
}
