package com.mastertrade.shared.http;

import com.mastertrade.shared.InvalidInputException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * Refuses query and path parameters holding control characters ({@link ControlCharacters}) with 422 naming the
 * parameter, for every call of both APIs, before any resource reads them: PostgreSQL refuses NUL in any text, so
 * {@code ?q=%00} was a 500. It runs after the role checks and the ownership of path ids, as every other check of
 * input does; the licence API's refusals are signed like its other answers. Pages read theirs outside JAX-RS
 * and have their own filter (the web module's {@code PageParameters}).
 */
@Provider
@Priority(Priorities.USER)
public class TextParameters implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        refuseControlCharacters(request.getUriInfo().getPathParameters(true));
        refuseControlCharacters(request.getUriInfo().getQueryParameters(true));
    }

    private static void refuseControlCharacters(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (ControlCharacters.in(name, false)) {
                String shown = ControlCharacters.shown(name);
                throw new InvalidInputException(shown, "A parameter name holds a control character: " + shown);
            }
            for (String value : parameter.getValue()) {
                if (ControlCharacters.in(value, false)) {
                    throw new InvalidInputException(name, name + " holds a control character");
                }
            }
        }
    }
}
