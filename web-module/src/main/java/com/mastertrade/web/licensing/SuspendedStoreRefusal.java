package com.mastertrade.web.licensing;

import com.mastertrade.shared.ForbiddenException;
import com.mastertrade.shared.tenant.TenantContext;
import com.mastertrade.shared.tenant.TenantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * A suspended store's licence API answers 403 {@code TENANT_SUSPENDED} like the rest of the store, but from here,
 * so that the refusal is signed by the store ({@link AnswerSigning}) and a program can tell it from a forgery.
 * The tenant filter lets only the licence API of a suspended store through to JAX-RS.
 */
@Provider
@PreMatching
@ApplicationScoped
public class SuspendedStoreRefusal implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (TenantContext.current()
                .filter(store -> store.status() == TenantStatus.SUSPENDED)
                .isPresent()) {
            throw new ForbiddenException("TENANT_SUSPENDED", "This store is suspended");
        }
    }
}
