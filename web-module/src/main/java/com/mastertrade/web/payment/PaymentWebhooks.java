package com.mastertrade.web.payment;

import com.mastertrade.payment.InvalidWebhookException;
import com.mastertrade.payment.Order;
import com.mastertrade.payment.OrderStatus;
import com.mastertrade.payment.Orders;
import com.mastertrade.payment.PaymentEvents;
import com.mastertrade.payment.PaymentLinks;
import com.mastertrade.payment.PaymentNotice;
import com.mastertrade.payment.PaymentProvider;
import com.mastertrade.payment.ProviderSettings;
import com.mastertrade.payment.Settlement;
import com.mastertrade.payment.StorePayments;
import com.mastertrade.payment.WebhookDelivery;
import com.mastertrade.shared.Actor;
import com.mastertrade.shared.MastertradeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * What providers tell a store, by webhook or through the customer's return from checkout: the gateway verifies
 * and reads it (outside any transaction, since it may ask the provider's API), then {@link PaymentEvents} settles
 * it exactly once. A forged or malformed delivery is 400 {@code WEBHOOK_INVALID} and changes nothing.
 */
@ApplicationScoped
public class PaymentWebhooks {

    private static final Logger LOG = Logger.getLogger(PaymentWebhooks.class.getName());

    @Inject
    ProviderSettings settings;

    @Inject
    ProviderCalls calls;

    @Inject
    StorePayments payments;

    @Inject
    PaymentEvents events;

    @Inject
    Orders orders;

    @Inject
    PaymentLinks links;

    public Settlement receive(PaymentProvider provider, WebhookDelivery delivery, Actor actor) {
        Optional<PaymentNotice> notice =
                calls.readWebhook(provider, delivery, settings.credentials(provider), payments);
        if (notice.isEmpty()) {
            return new Settlement(Settlement.Effect.IGNORED, null);
        }
        if (notice.get().eventId().isBlank() || notice.get().eventId().length() > 255) {
            throw new InvalidWebhookException("The event id is 1 to 255 characters");
        }
        return events.settle(provider, notice.get(), actor);
    }

    /**
     * The customer is back from the provider's checkout: a provider that settles on return (PayPal captures the
     * approved order) tells the outcome now; others say nothing and their webhook will. Whatever happens, the
     * customer goes on to the order's page: a failure here is logged, and the order stays as the webhook leaves it.
     */
    public URI returned(PaymentProvider provider, String reference, Map<String, String> query, Actor actor) {
        Order order = orders.byReference(reference);
        if (order.status() == OrderStatus.PENDING && order.provider() == provider) {
            try {
                calls.onReturn(provider, query, order.payment(), settings.credentials(provider))
                        .ifPresent(notice -> events.settle(provider, notice, actor));
            } catch (MastertradeException e) {
                LOG.warning(
                        () -> "Return from " + provider.apiName() + " for order " + reference + ": " + e.getMessage());
            }
        }
        return links.orderPage(reference);
    }
}
