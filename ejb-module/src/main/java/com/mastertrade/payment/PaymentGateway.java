package com.mastertrade.payment;

import java.util.Map;
import java.util.Optional;

/**
 * One provider's HTTP API as the platform uses it. Implementations are stateless CDI beans; the store's
 * credentials come with each call, already decrypted. They verify and translate, and change nothing in the
 * database: fulfilment is the caller's, exactly once per {@link PaymentNotice#eventId()}.
 */
public interface PaymentGateway {

    /** The calls a gateway answers, as {@link #isRepeatable} names them. */
    enum Call {
        OPEN_CHECKOUT,
        READ_WEBHOOK,
        ON_RETURN,
        REFUND
    }

    PaymentProvider provider();

    /**
     * Whether the call may be made again after an attempt that ended without a clear answer (the provider could
     * not be reached, was too slow or answered 5xx), when the provider may have done it all the same: true for
     * reads and for calls that carry an idempotency key, so that a second attempt is the same request to the
     * provider. A call the provider would carry out twice (a second payment link, a second refund) is false: it is
     * attempted once, and the customer or the staff try again. The web module's {@code ProviderCalls} honours it.
     */
    default boolean isRepeatable(Call call) {
        return true;
    }

    /**
     * Opens the provider's hosted checkout for a pending order.
     *
     * @throws ProviderUnavailableException when the provider cannot be reached, is too slow or answers 5xx
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
    Optional<PaymentNotice> readWebhook(
            WebhookDelivery delivery, ProviderCredentials credentials, PendingPayments payments);

    /**
     * The customer is back from the hosted checkout with these query parameters. Most providers tell us by
     * webhook and this learns nothing; PayPal captures the approved order here.
     */
    default Optional<PaymentNotice> onReturn(
            Map<String, String> query, OrderPayment payment, ProviderCredentials credentials) {
        return Optional.empty();
    }

    /** Refunds a paid order in full through the provider's API; the provider's refund id is returned. */
    String refund(OrderPayment payment, ProviderCredentials credentials);
}
