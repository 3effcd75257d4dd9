package com.mastertrade.web.docs;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Serves Swagger UI's page and its start script (the bundle itself comes from the swagger-ui webjar under
 * {@code /webjars}). The script is a file of its own because the Content-Security-Policy forbids inline scripts.
 */
@Path("/docs")
public class ApiDocsResource {

    @GET
    @Produces("text/html;charset=UTF-8")
    @Operation(hidden = true)
    public InputStream page() {
        return resource("index.html");
    }

    @GET
    @Path("/init.js")
    @Produces("text/javascript;charset=UTF-8")
    @Operation(hidden = true)
    public InputStream script() {
        return resource("init.js");
    }

    private static InputStream resource(String name) {
        InputStream in = ApiDocsResource.class.getResourceAsStream(name);
        if (in == null) {
            throw new NotFoundException();
        }
        return in;
    }
}
