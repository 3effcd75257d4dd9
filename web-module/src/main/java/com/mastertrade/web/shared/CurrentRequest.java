package com.mastertrade.web.shared;

import com.mastertrade.identity.Caller;
import com.mastertrade.identity.RequestOrigin;
import com.mastertrade.identity.RoleName;
import com.mastertrade.shared.Actor;
import com.mastertrade.shared.Language;
import com.mastertrade.shared.UnauthorizedException;
import com.mastertrade.shared.http.ClientAddress;
import com.mastertrade.shared.http.RequestId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of the current request, as its verified token and the request say. */
@RequestScoped
public class CurrentRequest {

    @Inject
    JsonWebToken token;

    @Inject
    HttpServletRequest request;

    public Caller caller() {
        if (token == null || token.getSubject() == null) {
            throw new UnauthorizedException("UNAUTHORIZED", "Sign in first");
        }
        String role = token.getGroups().stream().findFirst().orElse(RoleName.USER.apiName());
        return new Caller(Long.parseLong(token.getSubject()), RoleName.fromApiName(role));
    }

    public Actor actor() {
        Caller caller = caller();
        return new Actor(caller.userId(), token.getName(), ClientAddress.current(), RequestId.current());
    }

    public RequestOrigin origin() {
        return new RequestOrigin(
                ClientAddress.current(),
                request.getHeader("User-Agent"),
                Language.fromTag(request.getHeader("Accept-Language")));
    }
}
