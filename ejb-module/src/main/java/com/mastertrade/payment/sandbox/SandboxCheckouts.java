package com.mastertrade.payment.sandbox;

import com.mastertrade.catalog.Products;
import com.mastertrade.payment.Order;
import com.mastertrade.payment.Orders;
import com.mastertrade.payment.PaymentLinks;
import com.mastertrade.payment.PaymentProvider;
import com.mastertrade.payment.ProviderSettings;
import com.mastertrade.payment.ProviderUnavailableException;
import com.mastertrade.shared.NotFoundException;
import com.mastertrade.shared.Tokens;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The sandbox's side of its checkout page: the order a checkout session shows, and the buttons' callbacks. A
 * callback is the signed request of API.md, posted over HTTP to the store's webhook address like a real
 * provider's, so it goes through the same verification and fulfilment; nothing here changes an order.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SandboxCheckouts {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    Orders orders;

    @Inject
    Products products;

    @Inject
    ProviderSettings settings;

    @Inject
    PaymentLinks links;

    @Inject
    Clock clock;

    public Optional<SandboxCheckout> find(String session) {
        return order(session)
                .map(order -> new SandboxCheckout(
                        order.reference(), products.get(order.productId()).name(), order.price(), order.status()));
    }

    /** The "pay" button: the provider says the order is paid; returns where the customer goes next. */
    public URI pay(String session) {
        return callBack(session, "paid");
    }

    /** The "fail" button: the provider says the payment failed; returns where the customer goes next. */
    public URI fail(String session) {
        return callBack(session, "failed");
    }

    private URI callBack(String session, String status) {
        Order order = order(session)
                .orElseThrow(() -> new NotFoundException("CHECKOUT_NOT_FOUND", "No sandbox checkout " + session));
        byte[] body = SandboxEvent.body("evt_" + Tokens.newSecret(), order.id(), status, order.price());
        String secret = settings.credentials(PaymentProvider.SANDBOX).require(SandboxGateway.WEBHOOK_SECRET);
        HttpRequest callback = HttpRequest.newBuilder(links.webhook(PaymentProvider.SANDBOX))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header(SandboxSignature.HEADER, SandboxSignature.header(secret, clock.instant(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<String> answer = HTTP.send(callback, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new ProviderUnavailableException(
                        "The store's webhook answered " + answer.statusCode() + ": " + answer.body(), null);
            }
        } catch (IOException e) {
            throw new ProviderUnavailableException("The store's webhook " + callback.uri() + " cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailableException("Interrupted while calling the store's webhook", e);
        }
        return links.paymentReturn(order);
    }

    private Optional<Order> order(String session) {
        if (session == null || !session.matches("sbx_[0-9a-f]{32}")) {
            return Optional.empty();
        }
        return orders.byProviderReference(PaymentProvider.SANDBOX, session);
    }
}
