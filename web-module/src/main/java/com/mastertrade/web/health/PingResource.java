package com.mastertrade.web.health;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The cheapest JSON answer the API can give: no store, no database. A latency probe for clients, and the
 * baseline that the benchmarks in {@code bench/} measure every other endpoint against.
 */
@Path("/ping")
@Tag(name = "Operations")
public class PingResource {

    private static final Map<String, Boolean> PONG = Map.of("pong", true);

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answers {\"pong\": true}; needs no store and no credentials")
    public Map<String, Boolean> ping() {
        return PONG;
    }
}
