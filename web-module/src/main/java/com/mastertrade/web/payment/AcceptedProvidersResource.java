package com.mastertrade.web.payment;

import com.mastertrade.payment.ProviderSettings;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The ways to pay that the store offers its customers. */
@Path("/payment-providers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
public class AcceptedProvidersResource {

    @Inject
    ProviderSettings settings;

    /** {@code {"provider": "sandbox"}}: a provider a customer may choose in {@code POST /api/orders}. */
    public record AcceptedProvider(String provider) {}

    @GET
    @Operation(summary = "The providers this store takes payments through (enabled by the store, available here)")
    public List<AcceptedProvider> accepted() {
        return settings.accepted().stream()
                .map(p -> new AcceptedProvider(p.apiName()))
                .toList();
    }
}
