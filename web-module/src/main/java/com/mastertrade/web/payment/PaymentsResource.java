package com.mastertrade.web.payment;

import com.mastertrade.payment.PaymentProvider;
import com.mastertrade.payment.Settlement;
import com.mastertrade.payment.WebhookDelivery;
import com.mastertrade.shared.Actor;
import com.mastertrade.shared.NotFoundException;
import com.mastertrade.shared.http.ClientAddress;
import com.mastertrade.shared.http.RequestId;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What payment providers and their returning customers tell the store; no sign-in, the provider's proof instead. */
@Path("/payments")
@Tag(name = "Payments")
public class PaymentsResource {

    @Inject
    PaymentWebhooks webhooks;

    /**
     * The webhook's answer: {@code outcome} is what the event did ({@code paid}, {@code failed}, {@code refunded},
     * {@code refunded_undelivered}, {@code unchanged}, {@code rejected}, {@code duplicate}, {@code unknown_order},
     * {@code ignored}); {@code detail} says why when nothing changed.
     */
    public record WebhookAnswer(String outcome, String detail) {}

    @POST
    @Path("/webhook/{provider}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "A provider's event, in its own format and with its own signature headers (API.md): 200 once "
                            + "processed, also for a duplicate or an event that changes nothing (an amount or currency that is not "
                            + "the order's is recorded and never fulfilled); 400 WEBHOOK_INVALID for a bad signature (nothing "
                            + "changes); 409 PROVIDER_NOT_CONFIGURED; 503 when the provider's API must confirm and does not answer")
    @APIResponse(responseCode = "200", description = "Processed")
    public WebhookAnswer webhook(@PathParam("provider") String provider, byte[] body, @Context HttpHeaders headers) {
        PaymentProvider from = ProviderPaths.provider(provider);
        Map<String, String> named = new HashMap<>();
        headers.getRequestHeaders().forEach((name, values) -> named.put(name, String.join(",", values)));
        Settlement settlement = webhooks.receive(
                from, new WebhookDelivery(named, body == null ? new byte[0] : body), actor(from, "webhook"));
        return new WebhookAnswer(settlement.effect().apiName(), settlement.note());
    }

    @GET
    @Path("/return/{provider}")
    @Operation(
            summary =
                    "Where a provider sends the customer back (?order=<reference> and the provider's own "
                            + "parameters): a provider that settles on return (PayPal) is asked now; then 303 to the order's page")
    @APIResponse(responseCode = "303", description = "To the store's page of the order")
    public Response returned(
            @PathParam("provider") String provider, @QueryParam("order") String reference, @Context UriInfo uri) {
        PaymentProvider from = ProviderPaths.provider(provider);
        if (reference == null || reference.isBlank()) {
            throw new NotFoundException("ORDER_NOT_FOUND", "The return names no order (?order=)");
        }
        Map<String, String> query = new HashMap<>();
        uri.getQueryParameters().forEach((name, values) -> query.put(name, values.get(0)));
        return Response.seeOther(webhooks.returned(from, reference, query, actor(from, "return")))
                .build();
    }

    private Actor actor(PaymentProvider provider, String channel) {
        return new Actor(null, provider.apiName() + " " + channel, ClientAddress.current(), RequestId.current());
    }
}
