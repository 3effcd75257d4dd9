package com.mastertrade.payment.sandbox;

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
import com.mastertrade.payment.StorePayments;
import com.mastertrade.payment.WebhookDelivery;
import com.mastertrade.tenancy.StoreUrls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in provider: its hosted checkout is our own page ({@code /sandbox/checkout.xhtml}), whose pay and
 * fail buttons send the signed callback of API.md to the store's webhook, like a real provider would; refunds
 * succeed at once. Credentials: {@code webhook_secret} (required), and {@code simulate_outage: "true"} to
 * rehearse a provider that does not answer (checkouts and refunds then fail with 503).
 */
@ApplicationScoped
public class SandboxGateway implements PaymentGateway {

    public static final String WEBHOOK_SECRET = "webhook_secret";
    static final String SIMULATE_OUTAGE = "simulate_outage";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    StoreUrls urls;

    @Inject
    StorePayments orders;

    @Inject
    Clock clock;

    @Override
    public PaymentProvider provider() {
        return PaymentProvider.SANDBOX;
    }

    @Override
    public Checkout openCheckout(CheckoutRequest request, ProviderCredentials credentials) {
        credentials.require(WEBHOOK_SECRET);
        answerUnlessDown(credentials);
        String session = "sbx_" + random();
        return new Checkout(urls.of("/sandbox/checkout.xhtml?session=" + session), session, Map.of());
    }

    @Override
    public Optional<PaymentNotice> readWebhook(
            WebhookDelivery delivery, ProviderCredentials credentials, PendingPayments payments) {
        SandboxSignature.verify(
                delivery.header(SandboxSignature.HEADER),
                delivery.body(),
                credentials.require(WEBHOOK_SECRET),
                clock.instant());
        SandboxEvent event = SandboxEvent.parse(delivery.body());
        OrderPayment order = orders.byOrderId(event.orderId())
                .orElseThrow(() -> new InvalidWebhookException("No order " + event.orderId() + " in this store"));
        return Optional.of(new PaymentNotice(
                event.eventId(),
                "sandbox." + event.status(),
                order.reference(),
                event.outcome(),
                event.amount(),
                order.providerReference()));
    }

    @Override
    public String refund(OrderPayment payment, ProviderCredentials credentials) {
        answerUnlessDown(credentials);
        return "sbx_refund_" + random();
    }

    private static void answerUnlessDown(ProviderCredentials credentials) {
        if (credentials.find(SIMULATE_OUTAGE).filter("true"::equals).isPresent()) {
            throw new ProviderUnavailableException("The sandbox simulates an outage (simulate_outage)", null);
        }
    }

    private static String random() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
