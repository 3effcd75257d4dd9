package com.mastertrade.web.tenancy;

import com.mastertrade.identity.SignOuts;
import com.mastertrade.identity.TokenIssuer;
import com.mastertrade.shared.UnauthorizedException;
import com.mastertrade.shared.tenant.TenantContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A valid signature is not enough: a token works only in the store that issued it, not after its user's
 * password changed ({@link SignOuts}), and an operator's token not at all. Runs before the role checks, so a
 * foreign "admin" token never reaches them.
 */
@Provider
@Priority(Priorities.AUTHORIZATION - 100)
@ApplicationScoped
public class StoreTokenCheck implements ContainerRequestFilter {

    @Inject
    SignOuts signOuts;

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
        if (signOuts.isSignedOut(TenantContext.require(), Long.parseLong(token.getSubject()), issuedAt(token))) {
            throw new UnauthorizedException(
                    "TOKEN_REVOKED", "The password changed since this token was issued: sign in again");
        }
    }

    /** To the millisecond when the token says it, else {@code iat}'s whole second. */
    private static Instant issuedAt(JsonWebToken token) {
        Object millis = token.getClaim(TokenIssuer.ISSUED_AT_MILLIS);
        if (millis instanceof JsonNumber number) {
            return Instant.ofEpochMilli(number.longValue());
        }
        return millis instanceof Number number
                ? Instant.ofEpochMilli(number.longValue())
                : Instant.ofEpochSecond(token.getIssuedAtTime());
    }
}
