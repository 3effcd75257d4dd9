package com.mastertrade.payment.stripe;

import com.google.gson.JsonParseException;
import com.mastertrade.payment.Checkout;
import com.mastertrade.payment.CheckoutRequest;
import com.mastertrade.payment.InvalidWebhookException;
import com.mastertrade.payment.OrderPayment;
import com.mastertrade.payment.PaymentGateway;
import com.mastertrade.payment.PaymentNotice;
import com.mastertrade.payment.PaymentProvider;
import com.mastertrade.payment.PendingPayments;
import com.mastertrade.payment.ProviderCredentials;
import com.mastertrade.payment.ProviderUnavailableException;
import com.mastertrade.payment.WebhookDelivery;
import com.mastertrade.payment.http.JsonObjects;
import com.mastertrade.payment.http.ProviderHttp;
import com.mastertrade.payment.http.ProviderRejectedException;
import com.mastertrade.shared.ConflictException;
import com.mastertrade.shared.Language;
import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Event;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionCreateParams.LineItem;
import com.stripe.param.checkout.SessionCreateParams.LineItem.PriceData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stripe Checkout. Credentials: {@code secret_key} ({@code sk_live_…}/{@code sk_test_…}, test mode follows the
 * key) and {@code webhook_secret} ({@code whsec_…}, the signing secret of the store's webhook endpoint). Every call
 * is a read or carries an idempotency key, so every call is repeatable.
 */
@ApplicationScoped
public class StripeGateway implements PaymentGateway {

    static final String SECRET_KEY = "secret_key";
    static final String WEBHOOK_SECRET = "webhook_secret";
    static final String SIGNATURE_HEADER = "Stripe-Signature";

    /** MT_STRIPE_API_BASE. */
    @Inject
    @ConfigProperty(name = "mt.stripe.api-base", defaultValue = "https://api.stripe.com")
    String apiBase;

    @Inject
    Clock clock;

    Duration readTimeout = ProviderHttp.READ_TIMEOUT;

    @Override
    public PaymentProvider provider() {
        return PaymentProvider.STRIPE;
    }

    @Override
    public Checkout openCheckout(CheckoutRequest request, ProviderCredentials credentials) {
        Session session = call(() -> client(credentials)
                .v1()
                .checkout()
                .sessions()
                .create(
                        sessionOf(request),
                        RequestOptions.builder()
                                .setIdempotencyKey(request.idempotencyKey())
                                .build()));
        return new Checkout(URI.create(session.getUrl()), session.getId(), Map.of());
    }

    /**
     * The amount goes as it is: the platform's minor units are Stripe's "smallest currency unit" for every
     * currency it sells in, XOF, XAF and GNF included (zero-decimal at Stripe too).
     */
    static SessionCreateParams sessionOf(CheckoutRequest request) {
        return SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .setClientReferenceId(request.reference())
                .putMetadata(StripeEvents.ORDER_REFERENCE, request.reference())
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
                        .putMetadata(StripeEvents.ORDER_REFERENCE, request.reference())
                        .build())
                .setCustomerEmail(request.customerEmail())
                .setLocale(
                        request.language() == Language.EN
                                ? SessionCreateParams.Locale.EN
                                : SessionCreateParams.Locale.FR)
                .setSuccessUrl(request.returnUrl().toString())
                .setCancelUrl(request.cancelUrl().toString())
                .addLineItem(LineItem.builder()
                        .setQuantity(1L)
                        .setPriceData(PriceData.builder()
                                .setCurrency(request.amount().currency().toLowerCase(Locale.ROOT))
                                .setUnitAmount(request.amount().amount())
                                .setProductData(PriceData.ProductData.builder()
                                        .setName(request.productName())
                                        .build())
                                .build())
                        .build())
                .build();
    }

    @Override
    public Optional<PaymentNotice> readWebhook(
            WebhookDelivery delivery, ProviderCredentials credentials, PendingPayments payments) {
        Event event = verified(delivery, credentials.require(WEBHOOK_SECRET));
        StripeEvents events = new StripeEvents(paymentIntent -> Optional.ofNullable(
                        call(() -> client(credentials).v1().paymentIntents().retrieve(paymentIntent))
                                .getMetadata())
                .map(metadata -> metadata.get(StripeEvents.ORDER_REFERENCE)));
        return events.notice(event.getId(), event.getType(), dataObject(event));
    }

    /** The signature is checked on the exact bytes received, with Stripe's default tolerance of five minutes. */
    private Event verified(WebhookDelivery delivery, String webhookSecret) {
        String signature = delivery.header(SIGNATURE_HEADER)
                .orElseThrow(() -> new InvalidWebhookException("The " + SIGNATURE_HEADER + " header is missing"));
        try {
            return Webhook.constructEvent(
                    new String(delivery.body(), StandardCharsets.UTF_8),
                    signature,
                    webhookSecret,
                    Webhook.DEFAULT_TOLERANCE,
                    clock);
        } catch (SignatureVerificationException e) {
            throw new InvalidWebhookException(
                    "The Stripe signature is not valid for this store's webhook secret," + " or is too old");
        } catch (JsonParseException e) {
            throw new InvalidWebhookException("The Stripe event is not JSON");
        }
    }

    /**
     * The event's object read as plain JSON rather than through the SDK's models, which refuse events of an API
     * version other than the SDK's own.
     */
    private static JsonObject dataObject(Event event) {
        return Optional.ofNullable(event.getData())
                .map(data -> event.getDataObjectDeserializer().getRawJson())
                .flatMap(JsonObjects::parse)
                .orElseThrow(() -> new InvalidWebhookException("The Stripe event has no data.object"));
    }

    /** Refunds the payment intent of the order's Checkout Session in full; Stripe's refund id is returned. */
    @Override
    public String refund(OrderPayment payment, ProviderCredentials credentials) {
        StripeClient client = client(credentials);
        Session session = call(() -> client.v1().checkout().sessions().retrieve(payment.providerReference()));
        if (session.getPaymentIntent() == null) {
            throw new ConflictException(
                    "NOT_PAID", "The Stripe checkout of order " + payment.reference() + " has no payment to refund");
        }
        RefundCreateParams refund = RefundCreateParams.builder()
                .setPaymentIntent(session.getPaymentIntent())
                .putMetadata(StripeEvents.ORDER_REFERENCE, payment.reference())
                .build();
        // Keyed on the session, unique at Stripe: a retried refund is the same refund.
        return call(() -> client.v1()
                        .refunds()
                        .create(
                                refund,
                                RequestOptions.builder()
                                        .setIdempotencyKey("refund-" + session.getId())
                                        .build()))
                .getId();
    }

    /** A client of the store's own account; the SDK does not retry: the web module's {@code ProviderCalls} does. */
    private StripeClient client(ProviderCredentials credentials) {
        return StripeClient.builder()
                .setApiKey(credentials.require(SECRET_KEY))
                .setApiBase(apiBase.replaceAll("/+$", ""))
                .setConnectTimeout((int) ProviderHttp.CONNECT_TIMEOUT.toMillis())
                .setReadTimeout((int) readTimeout.toMillis())
                .setMaxNetworkRetries(0)
                .build();
    }

    private interface StripeCall<T> {
        T run() throws StripeException;
    }

    private static <T> T call(StripeCall<T> call) {
        try {
            return call.run();
        } catch (ApiConnectionException | RateLimitException e) {
            throw new ProviderUnavailableException("Stripe could not be reached or is busy", e);
        } catch (StripeException e) {
            Integer status = e.getStatusCode();
            if (status == null || status >= 500) {
                throw new ProviderUnavailableException("Stripe answered HTTP " + status, e);
            }
            throw ProviderRejectedException.answered(
                    PaymentProvider.STRIPE,
                    status,
                    Optional.ofNullable(
                            e.getStripeError() != null ? e.getStripeError().getMessage() : e.getMessage()));
        }
    }
}
