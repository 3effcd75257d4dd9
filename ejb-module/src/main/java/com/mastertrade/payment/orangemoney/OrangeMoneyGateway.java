package com.mastertrade.payment.orangemoney;

import com.mastertrade.payment.Checkout;
import com.mastertrade.payment.CheckoutRequest;
import com.mastertrade.payment.InvalidWebhookException;
import com.mastertrade.payment.OrderPayment;
import com.mastertrade.payment.PaymentGateway;
import com.mastertrade.payment.PaymentNotice;
import com.mastertrade.payment.PaymentNotice.Outcome;
import com.mastertrade.payment.PaymentProvider;
import com.mastertrade.payment.PendingPayments;
import com.mastertrade.payment.ProviderCredentials;
import com.mastertrade.payment.WebhookDelivery;
import com.mastertrade.payment.http.AccessTokens;
import com.mastertrade.payment.http.JsonObjects;
import com.mastertrade.payment.http.ProviderAnswer;
import com.mastertrade.payment.http.ProviderHttp;
import com.mastertrade.payment.http.ProviderRejectedException;
import com.mastertrade.payment.http.TakenCurrencies;
import com.mastertrade.shared.ConflictException;
import com.mastertrade.shared.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Orange Money Web Payment. Credentials: {@code client_id} and {@code client_secret} of the Orange Developer
 * application, {@code merchant_key} of the Web Payment subscription, {@code country} ({@code sn}, {@code ci},
 * {@code ml}, {@code cm}..., or {@code dev} for the sandbox) and optionally {@code currency}, the code Orange
 * expects instead of the order's: the sandbox takes only {@code OUV}, its default there.
 */
@ApplicationScoped
public class OrangeMoneyGateway implements PaymentGateway {

    static final String CLIENT_ID = "client_id";
    static final String CLIENT_SECRET = "client_secret";
    static final String MERCHANT_KEY = "merchant_key";
    static final String COUNTRY = "country";
    static final String CURRENCY = "currency";
    static final String PAY_TOKEN = "pay_token";

    static final String SANDBOX_COUNTRY = "dev";
    static final String SANDBOX_CURRENCY = "OUV";

    /** Orange Money moves francs CFA and Guinean francs: whole units, no cents. */
    static final TakenCurrencies CURRENCIES =
            new TakenCurrencies(PaymentProvider.ORANGEMONEY, Set.of("XOF", "XAF", "GNF"));

    private static final int REFERENCE_LENGTH = 30;

    /** MT_ORANGEMONEY_API_BASE. */
    @Inject
    @ConfigProperty(name = "mt.orangemoney.api-base", defaultValue = "https://api.orange.com")
    String apiBase;

    @Inject
    Clock clock;

    ProviderHttp http = new ProviderHttp(PaymentProvider.ORANGEMONEY);
    AccessTokens tokens;

    @PostConstruct
    void tokenCache() {
        tokens = new AccessTokens(http, clock);
    }

    @Override
    public PaymentProvider provider() {
        return PaymentProvider.ORANGEMONEY;
    }

    /** A web payment carries no idempotency key, and a second one for the order may be refused: not repeatable. */
    @Override
    public boolean isRepeatable(Call call) {
        return call != Call.OPEN_CHECKOUT;
    }

    @Override
    public Checkout openCheckout(CheckoutRequest request, ProviderCredentials credentials) {
        CURRENCIES.require(request.amount());
        JsonObject payment = Json.createObjectBuilder()
                .add("merchant_key", credentials.require(MERCHANT_KEY))
                .add("currency", currency(request, credentials))
                .add("order_id", request.reference())
                .add("amount", request.amount().amount())
                .add("return_url", request.returnUrl().toString())
                .add("cancel_url", request.cancelUrl().toString())
                .add("notif_url", request.webhookUrl().toString())
                .add("lang", request.language().tag())
                .add("reference", Texts.atMost(request.productName(), REFERENCE_LENGTH))
                .build();
        JsonObject answer = api(credentials).webPayment(payment);
        String paymentUrl = answer.getString("payment_url", "");
        String notifToken = answer.getString("notif_token", "");
        String payToken = answer.getString(PAY_TOKEN, "");
        if (paymentUrl.isBlank() || notifToken.isBlank() || payToken.isBlank()) {
            throw new ProviderRejectedException(
                    "Orange Money answered the web payment without its payment_url," + " notif_token or pay_token");
        }
        return new Checkout(URI.create(paymentUrl), notifToken, Map.of(PAY_TOKEN, payToken));
    }

    private static String currency(CheckoutRequest request, ProviderCredentials credentials) {
        return credentials
                .find(CURRENCY)
                .orElseGet(
                        () -> SANDBOX_COUNTRY.equals(credentials.find(COUNTRY).orElse(""))
                                ? SANDBOX_CURRENCY
                                : request.amount().currency());
    }

    /**
     * A notification {@code {"status", "notif_token", "txnid"}}: its token must be one of the store's orders, and
     * Orange's transaction status for that order, amount and pay token must say the same.
     */
    @Override
    public Optional<PaymentNotice> readWebhook(
            WebhookDelivery delivery, ProviderCredentials credentials, PendingPayments payments) {
        JsonObject notification = JsonObjects.notification(delivery.body(), PaymentProvider.ORANGEMONEY);
        OrderPayment payment = payments.byProviderReference(
                        PaymentProvider.ORANGEMONEY, notification.getString("notif_token", ""))
                .orElseThrow(() -> new InvalidWebhookException(
                        "The Orange Money notification's notif_token is none of this store's payments"));
        Optional<Outcome> outcome = OrangeMoneyStatus.outcome(notification.getString("status", ""));
        if (outcome.isEmpty()) {
            return Optional.empty();
        }
        OrangeMoneyStatus confirmed = transactionStatus(payment, credentials);
        String txnid = notification.getString("txnid", "");
        if (confirmed.outcome().filter(outcome.get()::equals).isEmpty()
                || !confirmed.orderId().equals(payment.reference())
                || (!txnid.isEmpty()
                        && !confirmed.txnid().isEmpty()
                        && !confirmed.txnid().equals(txnid))) {
            throw new InvalidWebhookException("Orange Money's transaction status of order " + payment.reference()
                    + " does not agree with the notification");
        }
        String status = notification.getString("status");
        String transaction = txnid.isEmpty() ? payment.providerReference() : txnid;
        // Orange's status answer carries no amount: it is the order's, which the status call was asked with.
        return Optional.of(new PaymentNotice(
                "om:" + transaction + ":" + status,
                status,
                payment.reference(),
                outcome.get(),
                payment.amount(),
                transaction));
    }

    private OrangeMoneyStatus transactionStatus(OrderPayment payment, ProviderCredentials credentials) {
        String payToken = Optional.ofNullable(payment.details().get(PAY_TOKEN))
                .orElseThrow(() ->
                        new InvalidWebhookException("Order " + payment.reference() + " has no Orange Money pay_token"));
        ProviderAnswer answer = api(credentials)
                .transactionStatus(Json.createObjectBuilder()
                        .add("order_id", payment.reference())
                        .add("amount", payment.amount().amount())
                        .add(PAY_TOKEN, payToken)
                        .build());
        if (answer.status() == 400 || answer.status() == 404) {
            throw new InvalidWebhookException(
                    "Orange Money knows no such transaction for order " + payment.reference());
        }
        return OrangeMoneyStatus.of(answer.successJson());
    }

    /** @throws ConflictException 409 {@code REFUND_NOT_SUPPORTED}, always: Web Payment has no refund API */
    @Override
    public String refund(OrderPayment payment, ProviderCredentials credentials) {
        throw new ConflictException(
                "REFUND_NOT_SUPPORTED",
                "Orange Money Web Payment has no refund API: refund"
                        + " the customer from the Orange Money merchant portal, then record the refund of order "
                        + payment.reference());
    }

    private OrangeMoneyApi api(ProviderCredentials credentials) {
        String country = credentials.require(COUNTRY);
        if (!country.matches("[a-z]{2,3}")) {
            throw new ConflictException(
                    "PROVIDER_NOT_CONFIGURED",
                    "The orangemoney credential country is the"
                            + " two-letter code of the merchant's country in lower case (sn, ci...), or dev");
        }
        return new OrangeMoneyApi(
                tokens,
                URI.create(apiBase),
                country,
                credentials.require(CLIENT_ID),
                credentials.require(CLIENT_SECRET));
    }
}
