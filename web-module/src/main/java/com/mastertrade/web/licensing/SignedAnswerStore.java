package com.mastertrade.web.licensing;

import com.mastertrade.shared.tenant.TenantRef;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.ext.InterceptorContext;
import java.util.Objects;
import java.util.Optional;

/**
 * The store whose key signs this request's answer when the request itself names none: the licence calls find
 * their store from the licence key. Call {@link #signWithKeysOf} as soon as the store is known, so that the
 * errors raised after it are signed too. Without it the store the request names (host, {@code /t/{slug}},
 * {@code X-Tenant}) signs; without either, the answer goes out unsigned.
 *
 * <p>Kept as a request attribute, which JAX-RS shows as a property of the request's context: no per-request
 * bean on the licence API's hot path.
 */
public final class SignedAnswerStore {

    private static final String ATTRIBUTE = SignedAnswerStore.class.getName();

    private SignedAnswerStore() {}

    public static void signWithKeysOf(HttpServletRequest request, TenantRef store) {
        request.setAttribute(ATTRIBUTE, Objects.requireNonNull(store, "Store is required."));
    }

    /** The same, from the reading of a request's body (a property of the request is a request attribute). */
    static void signWithKeysOf(InterceptorContext context, TenantRef store) {
        context.setProperty(ATTRIBUTE, Objects.requireNonNull(store, "Store is required."));
    }

    static Optional<TenantRef> of(ContainerRequestContext request) {
        return Optional.ofNullable((TenantRef) request.getProperty(ATTRIBUTE));
    }
}
