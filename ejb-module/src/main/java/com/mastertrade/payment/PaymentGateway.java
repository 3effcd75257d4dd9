package com.mastertrade.payment;

import java.util.Map;
import java.util.Optional;

/**
 * One provider's HTTP API as the platform uses it. Implementations are stateless CDI beans; the store's
 * credentials come with each call, already decrypted. They verify and translate, and change nothing in the
 * database: fulfilment is the caller's, exactly once per {@link PaymentNotice#eventId()}.
 */
public interface PaymentGateway {

    PaymentProvider provider();

    /**
     * Opens the provider's hosted checkout for a pending order.
     *
     * @throws ProviderUnavailableException when the provider cannot be reached or answers 5xx after retries
     */
    Checkout openCheckout(CheckoutRequest request, ProviderCredentials credentials);

    /**
     * What a webhook delivery says about a payment, once verified: by its signature, or for a provider whose
     * notifications are not signed, by asking the provider's API. Empty for events that do not concern a
     * payment.
     *
     * @throws InvalidWebhookException when the delivery is forged, malformed or does not match what the provider
     *                                 confirms
     */
    Optional<PaymentNotice> readWebhook(WebhookDelivery delivery, ProviderCredentials credentials,
            PendingPayments payments);

    /**
     * The customer is back from the hosted checkout with these query parameters. Most providers tell us by
     * webhook and this learns nothing; PayPal captures the approved order here.
     */
    default Optional<PaymentNotice> onReturn(Map<String, String> query, OrderPayment payment,
            ProviderCredentials credentials) {
        return Optional.empty();
    }

    /** Refunds a paid order in full through the provider's API; the provider's refund id is returned. */
    String refund(OrderPayment payment, ProviderCredentials credentials);
}
