package com.mastertrade.web.tenancy;

import com.mastertrade.web.pages.Pages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;

/**
 * A request that came as {@code /t/<slug>/api/...} is forwarded without its prefix; this puts the prefix back
 * into the URIs JAX-RS builds from (Location headers, links), so that they lead back into the same store.
 */
@Provider
@PreMatching
public class PrefixedBaseUri implements ContainerRequestFilter {

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        Object prefix = servletRequest.getAttribute(Pages.PREFIX);
        if (prefix != null) {
            URI base = request.getUriInfo().getBaseUri();
            URI requested = request.getUriInfo().getRequestUri();
            request.setRequestUri(
                    UriBuilder.fromUri(base)
                            .replacePath(prefix + base.getRawPath())
                            .build(),
                    UriBuilder.fromUri(requested)
                            .replacePath(prefix + requested.getRawPath())
                            .build());
        }
    }
}
