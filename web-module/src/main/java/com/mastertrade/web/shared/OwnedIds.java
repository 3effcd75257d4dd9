package com.mastertrade.web.shared;

import com.mastertrade.catalog.Products;
import com.mastertrade.delivery.Releases;
import com.mastertrade.identity.Caller;
import com.mastertrade.identity.Users;
import com.mastertrade.licensing.Licenses;
import com.mastertrade.payment.Orders;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * Looks up the {@link Owned} path ids of the matched call for its caller, right after the role check
 * ({@code @RolesAllowed}, priority {@link Priorities#AUTHORIZATION}) and before JAX-RS reads the body: another
 * customer's licence is 404 whatever the body says, and only its owner learns that the body is wrong.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 100)
@ApplicationScoped
public class OwnedIds implements ContainerRequestFilter {

    private static final Map<Method, List<OwnedId>> OWNED = new ConcurrentHashMap<>();

    @Inject
    CurrentRequest current;

    @Inject
    Licenses licenses;

    @Inject
    Orders orders;

    @Inject
    Products products;

    @Inject
    Releases releases;

    @Inject
    Users users;

    @Override
    public void filter(ContainerRequestContext request) {
        ResourceMethod matched =
                request.getUriInfo() instanceof ExtendedUriInfo uri ? uri.getMatchedResourceMethod() : null;
        if (matched == null) {
            return;
        }
        for (OwnedId owned :
                OWNED.computeIfAbsent(matched.getInvocable().getDefinitionMethod(), OwnedIds::ownedIdsOf)) {
            String id = request.getUriInfo().getPathParameters().getFirst(owned.name());
            // Not a number: JAX-RS answers 404 itself when it converts the parameter.
            if (id != null && id.matches("\\d{1,18}")) {
                lookUp(owned.kind(), Long.parseLong(id), current.caller());
            }
        }
    }

    private void lookUp(Owned.Kind kind, long id, Caller caller) {
        switch (kind) {
            case LICENSE -> licenses.get(id, caller);
            case ORDER -> orders.get(id, caller);
            case PRODUCT -> products.get(id);
            case RELEASE -> releases.get(id);
            case USER -> users.get(id, caller);
        }
    }

    static List<OwnedId> ownedIdsOf(Method method) {
        List<OwnedId> owned = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            Owned kind = parameter.getAnnotation(Owned.class);
            PathParam path = parameter.getAnnotation(PathParam.class);
            if (kind != null && path != null) {
                owned.add(new OwnedId(path.value(), kind.value()));
            }
        }
        return List.copyOf(owned);
    }

    record OwnedId(String name, Owned.Kind kind) {}
}
