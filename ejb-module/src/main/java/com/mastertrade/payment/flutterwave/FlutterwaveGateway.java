package com.mastertrade.payment.flutterwave;

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
import com.mastertrade.payment.http.JsonObjects;
import com.mastertrade.payment.http.ProviderAnswer;
import com.mastertrade.payment.http.ProviderHttp;
import com.mastertrade.payment.http.ProviderRejectedException;
import com.mastertrade.shared.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Flutterwave v3. Credentials: {@code secret_key} ({@code FLWSECK-…}, or {@code FLWSECK_TEST-…} in test mode)
 * and {@code secret_hash}, the "secret hash" set in the dashboard's webhook settings. Creating a payment link and
 * refunding carry no idempotency key at Flutterwave: those two calls are not repeatable.
 */
@ApplicationScoped
public class FlutterwaveGateway implements PaymentGateway {

    static final String SECRET_KEY = "secret_key";
    static final String SECRET_HASH = "secret_hash";
    static final String HASH_HEADER = "verif-hash";
    static final String CHARGE_COMPLETED = "charge.completed";

    /** MT_FLUTTERWAVE_API_BASE. */
    @Inject
    @ConfigProperty(name = "mt.flutterwave.api-base", defaultValue = "https://api.flutterwave.com")
    String apiBase;

    ProviderHttp http = new ProviderHttp(PaymentProvider.FLUTTERWAVE);

    @Override
    public PaymentProvider provider() {
        return PaymentProvider.FLUTTERWAVE;
    }

    /** Only the verifications are repeatable: a second payment link or refund request would be a second one. */
    @Override
    public boolean isRepeatable(Call call) {
        return call != Call.OPEN_CHECKOUT && call != Call.REFUND;
    }

    @Override
    public Checkout openCheckout(CheckoutRequest request, ProviderCredentials credentials) {
        JsonObject payment = Json.createObjectBuilder()
                .add("tx_ref", request.reference())
                .add("amount", request.amount().major())
                .add("currency", request.amount().currency())
                .add("redirect_url", request.returnUrl().toString())
                .add("customer", Json.createObjectBuilder().add("email", request.customerEmail()))
                .add("customizations", Json.createObjectBuilder().add("title", request.productName()))
                .add("meta", Json.createObjectBuilder().add("order_reference", request.reference()))
                .build();
        JsonObject answer = send(credentials, ProviderHttp.postJson(base(), "/v3/payments", payment))
                .successJson();
        if (!(answer.get("data") instanceof JsonObject data)
                || data.getString("link", "").isBlank()) {
            throw new ProviderRejectedException("Flutterwave answered without a payment link");
        }
        return new Checkout(URI.create(data.getString("link")), request.reference(), Map.of());
    }

    @Override
    public Optional<PaymentNotice> readWebhook(
            WebhookDelivery delivery, ProviderCredentials credentials, PendingPayments payments) {
        requireSecretHash(delivery, credentials.require(SECRET_HASH));
        JsonObject event = JsonObjects.notification(delivery.body(), PaymentProvider.FLUTTERWAVE);
        if (!CHARGE_COMPLETED.equals(event.getString("event", ""))) {
            return Optional.empty();
        }
        boolean ours = event.get("data") instanceof JsonObject data
                && payments.byOrderReference(data.getString("tx_ref", "")).isPresent();
        if (!ours) {
            // Authentic (the secret hash matched) but about no order of this store: another site's payment.
            return Optional.empty();
        }
        FlutterwaveTransaction notified = FlutterwaveTransaction.of(event.get("data"));
        FlutterwaveTransaction verified = verify(notified.id(), credentials);
        if (!verified.equals(notified)) {
            throw new InvalidWebhookException(
                    "Flutterwave's record of transaction " + notified.id() + " does not match the notification");
        }
        // An amount that is not the order's is a real payment all the same: the order records it, rejected, for the
        // staff to settle (payments.md), rather than a 400 that Flutterwave would retry and nobody would see.
        Outcome outcome = switch (verified.status()) {
            case FlutterwaveTransaction.SUCCESSFUL -> Outcome.PAID;
            case FlutterwaveTransaction.FAILED -> Outcome.FAILED;
            default -> null;
        };
        return Optional.ofNullable(outcome)
                .map(paid -> new PaymentNotice(
                        "flw:" + verified.id() + ":" + verified.status(),
                        CHARGE_COMPLETED,
                        verified.txRef(),
                        paid,
                        verified.amount(),
                        String.valueOf(verified.id())));
    }

    /** The header is compared in constant time: its value is the store's shared secret. */
    private static void requireSecretHash(WebhookDelivery delivery, String secretHash) {
        byte[] given = delivery.header(HASH_HEADER).orElse("").getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, secretHash.getBytes(StandardCharsets.UTF_8))) {
            throw new InvalidWebhookException(
                    "The " + HASH_HEADER + " header is missing or is not this store's" + " secret hash");
        }
    }

    /** Flutterwave's own record of the transaction; one it does not know contradicts the notification. */
    private FlutterwaveTransaction verify(long id, ProviderCredentials credentials) {
        ProviderAnswer answer = send(
                credentials,
                ProviderHttp.request(base(), "/v3/transactions/" + id + "/verify")
                        .GET());
        if (answer.status() == 400 || answer.status() == 404) {
            throw new InvalidWebhookException("Flutterwave knows no transaction " + id);
        }
        return FlutterwaveTransaction.of(answer.successJson().get("data"));
    }

    /** Refunds the order's successful transaction in full; Flutterwave's refund id is returned. */
    @Override
    public String refund(OrderPayment payment, ProviderCredentials credentials) {
        FlutterwaveTransaction paid = FlutterwaveTransaction.of(send(
                        credentials,
                        ProviderHttp.request(
                                        base(),
                                        "/v3/transactions/verify_by_reference?tx_ref="
                                                + URLEncoder.encode(payment.reference(), StandardCharsets.UTF_8))
                                .GET())
                .successJson()
                .get("data"));
        if (!FlutterwaveTransaction.SUCCESSFUL.equals(paid.status())) {
            throw new ConflictException(
                    "NOT_PAID",
                    "The Flutterwave transaction of " + payment.reference() + " is " + paid.status()
                            + ", not successful: there is nothing to refund");
        }
        JsonObject refund = send(
                        credentials,
                        ProviderHttp.postJson(
                                base(), "/v3/transactions/" + paid.id() + "/refund", JsonObject.EMPTY_JSON_OBJECT))
                .successJson();
        if (!(refund.get("data") instanceof JsonObject data) || data.get("id") == null) {
            throw new ProviderRejectedException("Flutterwave answered the refund without its id");
        }
        return data.get("id").toString();
    }

    private ProviderAnswer send(ProviderCredentials credentials, HttpRequest.Builder request) {
        return http.send(request.header("Authorization", ProviderHttp.bearer(credentials.require(SECRET_KEY))));
    }

    private URI base() {
        return URI.create(apiBase);
    }
}
