package com.mastertrade.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The webhook a provider calls, here the sandbox's signed callback of API.md: exactly once whatever the number of
 * deliveries, concurrent or not; events out of order leave a consistent order; forgeries, stale signatures and
 * amounts or currencies that are not the order's never fulfil anything.
 */
class PaymentWebhooksIT {

    @RegisterExtension
    static final GreenMailExtension MAIL =
            new GreenMailExtension(new ServerSetup(Integer.getInteger("mt.smtp.port", 3025), "127.0.0.1", "smtp"));

    private static final long PRICE = 150_000;

    private static Platform.Store store;
    private static String admin;
    private static String secret;
    private static long productId;

    @BeforeAll
    static void aStoreSellingThroughTheSandbox() {
        store = Platform.openStore("webhooks");
        admin = store.adminToken();
        productId = store.createProduct(admin, "HOOK-PRO", 365, 2, 0);
        secret = Payments.enableSandbox(store, admin);
    }

    /** A customer with a pending order: their e-mail, token and user id, and the order's id. */
    private record Buyer(String email, String token, long userId, long orderId) {

        static Buyer withPendingOrder(String prefix) {
            String email = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@webhooks.test";
            long userId = store.register(email);
            String token = store.login(email);
            return new Buyer(email, token, userId, Payments.placeOrder(store, token, productId));
        }

        String event(String status) {
            return event(status, PRICE, "XOF");
        }

        String event(String status, long amount, String currency) {
            return Payments.event("evt_" + UUID.randomUUID(), orderId, status, amount, currency);
        }

        String reference() {
            return store.as(token)
                    .get("/api/orders/" + orderId)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("reference");
        }

        String status() {
            return store.as(token)
                    .get("/api/orders/" + orderId)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("status");
        }

        List<Map<String, Object>> licenses() {
            return store.as(token)
                    .get("/api/users/" + userId + "/licenses")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("$");
        }
    }

    private static String outcome(String body) {
        return Payments.webhook(store, secret, body)
                .then()
                .statusCode(200)
                .extract()
                .path("outcome");
    }

    @Test
    void oneEventDeliveredTenTimesPaysOnceWithOneLicenseAndOneEmail() throws Exception {
        Buyer buyer = Buyer.withPendingOrder("ten-times");
        String paid = buyer.event("paid");

        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            outcomes.add(outcome(paid));
        }

        assertThat(outcomes.get(0)).isEqualTo("paid");
        assertThat(outcomes.subList(1, 10)).containsOnly("duplicate");
        assertPaidOnce(buyer, paid);
    }

    @Test
    void oneEventDeliveredTenTimesAtOncePaysOnceWithOneLicenseAndOneEmail() throws Exception {
        Buyer buyer = Buyer.withPendingOrder("at-once");
        String paid = buyer.event("paid");
        String signature = Payments.signature(secret, Instant.now(), paid);
        List<Callable<Response>> deliveries = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            deliveries.add(() -> Payments.signedWebhook(store, signature, paid));
        }

        List<Response> answers = Concurrently.all(10, deliveries);

        assertThat(answers).extracting(Response::statusCode).containsOnly(200);
        assertThat(answers)
                .extracting(a -> a.jsonPath().getString("outcome"))
                .containsOnly("paid", "duplicate")
                .filteredOn("paid"::equals)
                .hasSize(1);
        assertPaidOnce(buyer, paid);
    }

    /**
     * Different events of one order at once (two payments, a failure): each is answered, one pays, and the order
     * ends as the rules say whatever their order: paid (a payment after a failure pays), one licence, one
     * confirmation in the outbox. The event ids differ, so only the order's lock keeps them apart.
     */
    @Test
    void differentEventsOfOneOrderAtOnceSettleItOnce() throws Exception {
        for (int round = 0; round < 4; round++) {
            Buyer buyer = Buyer.withPendingOrder("mixed");
            List<Callable<Response>> deliveries = new ArrayList<>();
            for (String status : List.of("paid", "paid", "failed", "paid")) {
                String event = buyer.event(status);
                deliveries.add(() -> Payments.webhook(store, secret, event));
            }

            List<Response> answers = Concurrently.all(deliveries.size(), deliveries);

            assertThat(answers).extracting(Response::statusCode).containsOnly(200);
            assertThat(answers)
                    .extracting(a -> a.jsonPath().getString("outcome"))
                    .filteredOn("paid"::equals)
                    .hasSize(1);
            assertThat(buyer.status()).isEqualTo("paid");
            assertThat(buyer.licenses()).hasSize(1);
            assertThat(Mailbox.aboutOrder(store, buyer.reference()))
                    .extracting(Mailbox.Row::type)
                    .filteredOn("PAYMENT_CONFIRMED"::equals)
                    .hasSize(1);
        }
    }

    /** A payment and its refund at once: refunded whichever comes first, and no licence left that works. */
    @Test
    void aPaymentAndItsRefundAtOnceLeaveTheOrderRefundedWithoutAWorkingLicense() throws Exception {
        for (int round = 0; round < 4; round++) {
            Buyer buyer = Buyer.withPendingOrder("paid-refunded");
            String paid = buyer.event("paid");
            String refunded = buyer.event("refunded");

            List<Response> answers = Concurrently.all(
                    2,
                    List.of(
                            () -> Payments.webhook(store, secret, paid),
                            () -> Payments.webhook(store, secret, refunded)));

            assertThat(answers).extracting(Response::statusCode).containsOnly(200);
            assertThat(buyer.status()).isEqualTo("refunded");
            assertThat(unrevokedLicensesOf(buyer.orderId())).isZero();
            assertThat(Mailbox.aboutOrder(store, buyer.reference()))
                    .extracting(Mailbox.Row::type)
                    .filteredOn("REFUND_DONE"::equals)
                    .hasSize(1);
        }
    }

    /** One paid order, one licence, one e-mail and one recorded event. */
    private static void assertPaidOnce(Buyer buyer, String event) throws Exception {
        assertThat(buyer.status()).isEqualTo("paid");
        assertThat(buyer.licenses()).hasSize(1);
        assertThat(Mailbox.settled(MAIL, store, buyer.email())).hasSize(1);
        assertThat(Mailbox.aboutOrder(store, buyer.reference()))
                .extracting(Mailbox.Row::type)
                .containsExactly("PAYMENT_CONFIRMED");
        assertThat(eventRows(event)).isEqualTo(1);
    }

    @Test
    void aSecondPaymentEventWithAnotherIdChangesNothing() throws Exception {
        Buyer buyer = Buyer.withPendingOrder("paid-twice");
        assertThat(outcome(buyer.event("paid"))).isEqualTo("paid");
        Response again = Payments.webhook(store, secret, buyer.event("paid"));

        again.then().statusCode(200).body("outcome", equalTo("unchanged"));
        assertThat(buyer.licenses()).hasSize(1);
        assertThat(Mailbox.settled(MAIL, store, buyer.email())).hasSize(1);
    }

    @Test
    void aFailureReportedAfterThePaymentChangesNothing() {
        Buyer buyer = Buyer.withPendingOrder("late-failure");
        outcome(buyer.event("paid"));

        assertThat(outcome(buyer.event("failed"))).isEqualTo("unchanged");
        assertThat(buyer.status()).isEqualTo("paid");
        String key = store.licenseKey(admin, ((Number) buyer.licenses().get(0).get("id")).longValue());
        Platform.licenseCall("validate", key, "late-failure").then().body("code", equalTo("VALID"));
    }

    @Test
    void aPaymentAfterAFailurePaysAndBothAreMailed() throws Exception {
        Buyer buyer = Buyer.withPendingOrder("retried");
        assertThat(outcome(buyer.event("failed"))).isEqualTo("failed");
        assertThat(outcome(buyer.event("paid"))).isEqualTo("paid");

        assertThat(buyer.status()).isEqualTo("paid");
        assertThat(buyer.licenses()).hasSize(1);
        assertThat(Mailbox.settled(MAIL, store, buyer.email()))
                .extracting(m -> m.getSubject())
                .anySatisfy(subject -> assertThat(subject).contains("n'a pas abouti"))
                .anySatisfy(subject -> assertThat(subject).contains("paiement reçu"));
    }

    @Test
    void aRefundBeforeItsPaymentLeavesTheOrderRefundedWithoutLicense() throws Exception {
        Buyer buyer = Buyer.withPendingOrder("refund-first");
        assertThat(outcome(buyer.event("refunded"))).isEqualTo("refunded_undelivered");
        assertThat(outcome(buyer.event("paid"))).isEqualTo("unchanged");

        assertThat(buyer.status()).isEqualTo("refunded");
        assertThat(buyer.licenses()).isEmpty();
        assertThat(Mailbox.settled(MAIL, store, buyer.email()))
                .singleElement()
                .satisfies(m -> assertThat(m.getSubject()).contains("remboursée"));
    }

    @Test
    void aRefundEventRevokesTheLicenseAndTellsTheCustomer() throws Exception {
        Buyer buyer = Buyer.withPendingOrder("refunded");
        outcome(buyer.event("paid"));
        String key = store.licenseKey(admin, ((Number) buyer.licenses().get(0).get("id")).longValue());

        assertThat(outcome(buyer.event("refunded"))).isEqualTo("refunded");
        assertThat(outcome(buyer.event("refunded"))).isEqualTo("unchanged");

        assertThat(buyer.status()).isEqualTo("refunded");
        Platform.licenseCall("validate", key, "refunded").then().body("code", equalTo("REVOKED"));
        assertThat(Mailbox.settled(MAIL, store, buyer.email()))
                .extracting(m -> m.getSubject())
                .filteredOn(subject -> subject.contains("remboursée"))
                .hasSize(1);
    }

    @Test
    void aForgedOrTamperedOrUnsignedDeliveryIs400AndChangesNothing() throws Exception {
        Buyer buyer = Buyer.withPendingOrder("forged");
        String paid = buyer.event("paid");

        Payments.webhook(store, "not-the-store-secret", paid)
                .then()
                .statusCode(400)
                .body("error.code", equalTo("WEBHOOK_INVALID"));
        Payments.signedWebhook(
                        store,
                        Payments.signature(secret, Instant.now(), paid),
                        paid.replace("\"paid\"", "\"refunded\""))
                .then()
                .statusCode(400)
                .body("error.code", equalTo("WEBHOOK_INVALID"));
        io.restassured.RestAssured.given()
                .contentType("application/json")
                .body(paid)
                .post(store.path("/api/payments/webhook/sandbox"))
                .then()
                .statusCode(400)
                .body("error.code", equalTo("WEBHOOK_INVALID"));

        assertThat(buyer.status()).isEqualTo("pending");
        assertThat(eventRows(paid)).isZero();
        assertThat(outcome(paid)).as("the genuine delivery still counts").isEqualTo("paid");
    }

    @Test
    void aSignatureOlderThanFiveMinutesIs400() {
        Buyer buyer = Buyer.withPendingOrder("stale");
        String paid = buyer.event("paid");

        Payments.signedWebhook(
                        store, Payments.signature(secret, Instant.now().minus(Duration.ofMinutes(6)), paid), paid)
                .then()
                .statusCode(400)
                .body("error.message", containsString("minutes"));
        assertThat(buyer.status()).isEqualTo("pending");
    }

    @Test
    void aMalformedEventIs400EvenWhenSigned() {
        String notJson = "{\"event_id\": \"evt_x\", ";
        Payments.webhook(store, secret, notJson).then().statusCode(400).body("error.code", equalTo("WEBHOOK_INVALID"));
        Payments.webhook(store, secret, Payments.event("evt_" + UUID.randomUUID(), 987_654, "paid", PRICE, "XOF"))
                .then()
                .statusCode(400)
                .body("error.code", equalTo("WEBHOOK_INVALID"));
    }

    @Test
    void anAmountOrCurrencyThatIsNotTheOrdersIsRecordedAndNeverFulfilled() throws Exception {
        Buyer buyer = Buyer.withPendingOrder("mismatch");
        String less = buyer.event("paid", PRICE - 1, "XOF");
        String euros = buyer.event("paid", PRICE, "EUR");

        Payments.webhook(store, secret, less)
                .then()
                .statusCode(200)
                .body("outcome", equalTo("rejected"))
                .body("detail", containsString("149999 XOF"));
        assertThat(outcome(euros)).isEqualTo("rejected");

        assertThat(buyer.status()).isEqualTo("pending");
        assertThat(buyer.licenses()).isEmpty();
        assertThat(eventOutcome(less)).isEqualTo("rejected");
        assertThat(eventOutcome(euros)).isEqualTo("rejected");
        assertThat(auditRows("order.payment_rejected", buyer.orderId())).isEqualTo(2);
        assertThat(outcome(buyer.event("paid")))
                .as("the right amount still pays")
                .isEqualTo("paid");
    }

    @Test
    void anUnknownProviderIs404AndAStoreWithoutTheProviderIs409() {
        io.restassured.RestAssured.given()
                .contentType("application/json")
                .body("{}")
                .post(store.path("/api/payments/webhook/bitcoin"))
                .then()
                .statusCode(404)
                .body("error.code", equalTo("PROVIDER_NOT_FOUND"));
        Platform.Store without = Platform.openStore("no-sandbox");
        Payments.webhook(without, secret, Payments.event("evt_1", 1, "paid", PRICE, "XOF"))
                .then()
                .statusCode(409)
                .body("error.code", equalTo("PROVIDER_NOT_CONFIGURED"));
    }

    private static long eventRows(String body) throws Exception {
        return query("SELECT count(*) FROM %s.payment_events WHERE event_id = ?", eventId(body));
    }

    private static String eventOutcome(String body) throws Exception {
        try (Connection db = Platform.database();
                PreparedStatement query = db.prepareStatement(
                        "SELECT outcome FROM " + store.schema() + ".payment_events WHERE event_id = ?")) {
            query.setString(1, eventId(body));
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static long unrevokedLicensesOf(long orderId) throws Exception {
        return query(
                "SELECT count(*) FROM %s.licenses WHERE status <> 'revoked' AND order_id = CAST(? AS bigint)",
                Long.toString(orderId));
    }

    private static long auditRows(String action, long orderId) throws Exception {
        return query("SELECT count(*) FROM %s.audit_logs WHERE action = ? AND target_id = '" + orderId + "'", action);
    }

    private static long query(String sql, String parameter) throws Exception {
        try (Connection db = Platform.database();
                PreparedStatement query = db.prepareStatement(sql.formatted(store.schema()))) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static String eventId(String body) {
        return body.substring(body.indexOf("evt_"), body.indexOf('"', body.indexOf("evt_")));
    }
}
