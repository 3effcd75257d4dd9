package com.mastertrade.web.payment;

import static com.mastertrade.shared.http.Bodies.require;

import com.mastertrade.payment.PaymentLinks;
import com.mastertrade.payment.PaymentProvider;
import com.mastertrade.payment.ProviderSettings;
import com.mastertrade.payment.ProviderState;
import com.mastertrade.shared.InvalidInputException;
import com.mastertrade.web.shared.CurrentRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The store's own accounts at payment providers; credentials go in and never come out. */
@Path("/admin/payment-providers")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@SecurityRequirement(name = "jwt")
@Tag(name = "Admin")
public class AdminPaymentProvidersResource {

    @Inject
    ProviderSettings settings;

    @Inject
    PaymentLinks links;

    @Inject
    CurrentRequest current;

    /** {@code {enabled, credentials?}}: credentials, when given, replace all those set before. */
    public record ProviderSettingsRequest(Boolean enabled, Map<String, String> credentials) {}

    @GET
    @Operation(
            summary = "Every provider: enabled, available on this platform, the names of the credentials set "
                    + "(never their values), the webhook URL to register at the provider")
    public List<ProviderView> list() {
        return settings.all().stream().map(this::view).toList();
    }

    @GET
    @Path("/{provider}")
    @Operation(summary = "One provider, as in the list; 404 PROVIDER_NOT_FOUND for an unknown name")
    public ProviderView get(@PathParam("provider") String provider) {
        return view(settings.state(ProviderPaths.provider(provider)));
    }

    @PUT
    @Path("/{provider}")
    @Operation(
            summary = "Enable or disable a provider and set its credentials (e.g. sandbox {\"webhook_secret\"}, "
                    + "Stripe {\"secret_key\", \"webhook_secret\"}): stored encrypted, write-only, audited; without "
                    + "\"credentials\" those set stay")
    public ProviderView configure(@PathParam("provider") String provider, ProviderSettingsRequest body) {
        PaymentProvider named = ProviderPaths.provider(provider);
        require(body);
        if (body.enabled() == null) {
            throw new InvalidInputException("enabled", "enabled (true or false) is required");
        }
        return view(settings.configure(named, body.enabled(), body.credentials(), current.actor()));
    }

    private ProviderView view(ProviderState state) {
        return ProviderView.of(state, links.webhook(state.provider()));
    }
}
