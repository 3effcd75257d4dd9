package com.mastertrade.web.payment;

import static com.mastertrade.shared.http.Bodies.require;
import static com.mastertrade.web.shared.Owned.Kind.LICENSE;

import com.mastertrade.web.shared.Owned;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A customer renews a licence by paying for it: the renewal order of {@code POST /api/orders} with
 * {@code renews_license_id}, from the licence's own address. The licence is extended by the product's duration
 * when the payment is confirmed; staff extend it without payment through {@code /api/admin/licenses/{id}/renew}.
 */
@Path("/licenses/{id}/renew")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"user", "support", "admin"})
@SecurityRequirement(name = "jwt")
@Tag(name = "Licences")
public class LicenseRenewalResource {

    @Inject
    OrderPlacement placement;

    /** {@code {provider, currency?}}: how the renewal is paid. */
    public record Renewal(String provider, String currency) {}

    @POST
    @Operation(
            summary = "Renew your licence by paying for it: 201 with the pending renewal order and its checkout_url; "
                    + "the licence is extended by the product's duration once paid. 409 LICENSE_PERMANENT, "
                    + "PRODUCT_NOT_RENEWABLE, PROVIDER_NOT_ENABLED; 404 for another customer's licence")
    @APIResponse(responseCode = "201", description = "The pending renewal order, with checkout_url")
    @APIResponse(responseCode = "503", description = "The provider is down; the order is pending, retry its checkout")
    public Response renew(@PathParam("id") @Owned(LICENSE) long id, Renewal body, @Context UriInfo uri) {
        require(body);
        return placement.place(
                new OrderRequest(null, body.provider(), body.currency(), BigDecimal.valueOf(id)).toNewOrder(), uri);
    }
}
