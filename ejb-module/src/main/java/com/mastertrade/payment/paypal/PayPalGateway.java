package com.mastertrade.payment.paypal;

import com.mastertrade.payment.Checkout;
import com.mastertrade.payment.CheckoutRequest;
import com.mastertrade.payment.InvalidWebhookException;
import com.mastertrade.payment.OrderPayment;
import com.mastertrade.payment.PaymentGateway;
import com.mastertrade.payment.PaymentNotice;
import com.mastertrade.payment.PaymentProvider;
import com.mastertrade.payment.PendingPayments;
import com.mastertrade.payment.ProviderCredentials;
import com.mastertrade.payment.WebhookDelivery;
import com.mastertrade.payment.http.AccessTokens;
import com.mastertrade.payment.http.JsonObjects;
import com.mastertrade.payment.http.MajorUnits;
import com.mastertrade.payment.http.ProviderAnswer;
import com.mastertrade.payment.http.ProviderHttp;
import com.mastertrade.payment.http.ProviderRejectedException;
import com.mastertrade.payment.http.TakenCurrencies;
import com.mastertrade.shared.ConflictException;
import com.mastertrade.shared.Language;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PayPal Orders v2. Credentials: {@code client_id} and {@code client_secret} of the store's REST app,
 * {@code webhook_id} of the webhook registered for it, and optionally {@code environment}: {@code live} (the
 * default) or {@code sandbox} for a sandbox app. Every call is a read, a verification or carries a
 * {@code PayPal-Request-Id}, so every call is repeatable.
 */
@ApplicationScoped
public class PayPalGateway implements PaymentGateway {

    static final String CLIENT_ID = "client_id";
    static final String CLIENT_SECRET = "client_secret";
    static final String WEBHOOK_ID = "webhook_id";
    static final String ENVIRONMENT = "environment";

    /** XOF, XAF, GNF, CDF and MAD are not among PayPal's currencies. */
    static final TakenCurrencies CURRENCIES = new TakenCurrencies(PaymentProvider.PAYPAL, Set.of("EUR", "USD", "GBP"));

    private static final int UNPROCESSABLE = 422;

    /** MT_PAYPAL_API_BASE. */
    @Inject
    @ConfigProperty(name = "mt.paypal.api-base", defaultValue = "https://api-m.paypal.com")
    String liveBase;

    /** MT_PAYPAL_SANDBOX_API_BASE: for stores whose credentials say {@code "environment": "sandbox"}. */
    @Inject
    @ConfigProperty(name = "mt.paypal.sandbox-api-base", defaultValue = "https://api-m.sandbox.paypal.com")
    String sandboxBase;

    @Inject
    Clock clock;

    ProviderHttp http = new ProviderHttp(PaymentProvider.PAYPAL);
    AccessTokens tokens;

    @PostConstruct
    void tokenCache() {
        tokens = new AccessTokens(http, clock);
    }

    @Override
    public PaymentProvider provider() {
        return PaymentProvider.PAYPAL;
    }

    /** @throws ConflictException 409 {@code CURRENCY_NOT_SUPPORTED} for a currency PayPal does not take */
    @Override
    public Checkout openCheckout(CheckoutRequest request, ProviderCredentials credentials) {
        CURRENCIES.require(request.amount());
        JsonObject order = api(credentials).createOrder(orderOf(request), request.idempotencyKey());
        return new Checkout(approvalUrl(order), order.getString("id"), Map.of());
    }

    static JsonObject orderOf(CheckoutRequest request) {
        return Json.createObjectBuilder()
                .add("intent", "CAPTURE")
                .add(
                        "purchase_units",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("reference_id", request.reference())
                                        .add("custom_id", request.reference())
                                        .add("description", shortened(request.productName(), 127))
                                        .add(
                                                "amount",
                                                Json.createObjectBuilder()
                                                        .add(
                                                                "currency_code",
                                                                request.amount().currency())
                                                        .add("value", MajorUnits.text(request.amount())))))
                .add(
                        "payment_source",
                        Json.createObjectBuilder()
                                .add(
                                        "paypal",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "experience_context",
                                                        Json.createObjectBuilder()
                                                                .add(
                                                                        "locale",
                                                                        request.language() == Language.EN
                                                                                ? "en-US"
                                                                                : "fr-FR")
                                                                .add("user_action", "PAY_NOW")
                                                                // Software is downloaded: no address to ask for.
                                                                .add("shipping_preference", "NO_SHIPPING")
                                                                .add(
                                                                        "return_url",
                                                                        request.returnUrl()
                                                                                .toString())
                                                                .add(
                                                                        "cancel_url",
                                                                        request.cancelUrl()
                                                                                .toString()))))
                .build();
    }

    /** {@code payer-action} when a payment source is given (our case), {@code approve} in the older flow. */
    private static URI approvalUrl(JsonObject order) {
        if (order.get("links") instanceof JsonArray links) {
            for (JsonObject link : links.getValuesAs(JsonObject.class)) {
                String rel = link.getString("rel", "");
                if (rel.equals("payer-action") || rel.equals("approve")) {
                    return URI.create(link.getString("href"));
                }
            }
        }
        throw new ProviderRejectedException("PayPal created the order without a link for the customer to approve it");
    }

    /**
     * The customer approved the order at PayPal and is back ({@code ?token=<PayPal order id>&PayerID=…}): the
     * order is captured now. A token of another order, or an order not approved yet, tells nothing.
     */
    @Override
    public Optional<PaymentNotice> onReturn(
            Map<String, String> query, OrderPayment payment, ProviderCredentials credentials) {
        String orderId = payment.providerReference();
        if (query.containsKey("token") && !orderId.equals(query.get("token"))) {
            return Optional.empty();
        }
        PayPalApi api = api(credentials);
        // Keyed on PayPal's order id: the customer reloading the page captures once.
        ProviderAnswer answer = api.capture(orderId, "capture-" + orderId);
        JsonObject captured;
        if (answer.isSuccess()) {
            captured = answer.json();
        } else if (answer.status() == UNPROCESSABLE && issue(answer).equals("ORDER_ALREADY_CAPTURED")) {
            captured = api.order(orderId);
        } else if (answer.status() == UNPROCESSABLE && issue(answer).equals("ORDER_NOT_APPROVED")) {
            return Optional.empty();
        } else {
            throw answer.rejected();
        }
        return PayPalEvents.firstCapture(captured)
                .flatMap(capture ->
                        PayPalEvents.fromCapture("CHECKOUT.ORDER.CAPTURED", capture, Optional.of(payment.reference())));
    }

    /** PayPal's reason for a 422: the {@code issue} of its first detail. */
    private static String issue(ProviderAnswer answer) {
        return JsonObjects.parse(answer.body())
                .filter(error -> error.get("details") instanceof JsonArray details
                        && !details.isEmpty()
                        && details.get(0) instanceof JsonObject)
                .map(error -> error.getJsonArray("details").getJsonObject(0).getString("issue", ""))
                .orElse("");
    }

    /** Only the capture events are read, and only once PayPal confirmed the delivery's signature. */
    @Override
    public Optional<PaymentNotice> readWebhook(
            WebhookDelivery delivery, ProviderCredentials credentials, PendingPayments payments) {
        JsonObject event = JsonObjects.notification(delivery.body(), PaymentProvider.PAYPAL);
        String type = event.getString("event_type", "");
        if (!Set.of(PayPalEvents.CAPTURE_COMPLETED, PayPalEvents.CAPTURE_DENIED, PayPalEvents.CAPTURE_REFUNDED)
                .contains(type)) {
            return Optional.empty();
        }
        PayPalApi api = api(credentials);
        if (!api.verifies(delivery, credentials.require(WEBHOOK_ID))) {
            throw new InvalidWebhookException("PayPal does not vouch for this notification's signature");
        }
        if (!(event.get("resource") instanceof JsonObject resource)) {
            throw new InvalidWebhookException("The PayPal event has no resource");
        }
        return type.equals(PayPalEvents.CAPTURE_REFUNDED)
                ? PayPalEvents.fromRefund(resource, api::capture)
                : PayPalEvents.fromCapture(type, resource, Optional.empty());
    }

    /** Refunds the order's capture in full; PayPal's refund id is returned. */
    @Override
    public String refund(OrderPayment payment, ProviderCredentials credentials) {
        PayPalApi api = api(credentials);
        String captureId = PayPalEvents.firstCapture(api.order(payment.providerReference()))
                .filter(capture -> "COMPLETED".equals(capture.getString("status", "")))
                .map(capture -> capture.getString("id"))
                .orElseThrow(() -> new ConflictException(
                        "NOT_PAID",
                        "The PayPal order of " + payment.reference() + " has no completed capture to refund"));
        JsonObject refund =
                Json.createObjectBuilder().add("custom_id", payment.reference()).build();
        return api.refund(captureId, refund, "refund-" + captureId).getString("id");
    }

    private PayPalApi api(ProviderCredentials credentials) {
        String environment = credentials.find(ENVIRONMENT).orElse("live");
        URI base = switch (environment) {
            case "live" -> URI.create(liveBase);
            case "sandbox" -> URI.create(sandboxBase);
            default ->
                throw new ConflictException(
                        "PROVIDER_NOT_CONFIGURED", "The paypal credential environment is live or sandbox");
        };
        return new PayPalApi(tokens, base, credentials.require(CLIENT_ID), credentials.require(CLIENT_SECRET));
    }

    private static String shortened(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
