package com.mastertrade.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a store selling through a real payment provider gets end to end, whatever the provider, through the public
 * API only: the customer orders and is sent to the provider's hosted page; the provider's notification, as the
 * provider sends it, pays the order exactly once (however often and however concurrently it comes), gives a
 * licence that validates and one e-mail with its key; a failure fails it; a forgery or a payment of another amount
 * changes nothing; staff refund through the provider's API; a provider that is down leaves the order pending,
 * and its checkout opens once the provider is back. Each provider's test plays the provider: its API in the tests'
 * WireMock ({@link ProviderFakes}), matched on the store's own credentials, and its notifications.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ProviderPaymentsContract {

    @RegisterExtension
    static final GreenMailExtension MAIL =
            new GreenMailExtension(new ServerSetup(Integer.getInteger("mt.smtp.port", 3025), "127.0.0.1", "smtp"));

    /** Attempts at a call the provider may be asked again (three, ProviderAttempts.repeated), and at one it may not. */
    static final int RETRIED = 3;

    static final int ONCE = 1;

    static final long XOF_PRICE = 150_000;
    static final long EUR_PRICE = 22_900;

    /** The provider's name in the API's paths. */
    final String provider;
    /** Where the provider's hosted checkout pages are. */
    final String hostedPages;
    /** How many times opening a checkout is attempted while the provider is down: RETRIED or ONCE. */
    final int attemptsToOpenACheckout;

    Platform.Store store;
    String admin;
    long productId;

    ProviderPaymentsContract(String provider, String hostedPages, int attemptsToOpenACheckout) {
        this.provider = provider;
        this.hostedPages = hostedPages;
        this.attemptsToOpenACheckout = attemptsToOpenACheckout;
    }

    /** A customer of the store. */
    record Buyer(String email, String token, long userId) {}

    /** A customer's pending order. */
    record PlacedOrder(Buyer buyer, long id, String reference, long amount, String currency) {}

    /** A notification as the provider posts it: its headers and its exact body. */
    record Delivery(Map<String, String> headers, String body) {}

    // ---- the provider, as each test class plays it ---------------------------------------------------------------

    /** The store's account at the provider, with values of its own that the stubs of this class match. */
    abstract Map<String, String> credentials();

    /** The bearer token of this store's calls to the provider's API: its secret key, or an access token. */
    abstract String bearer();

    /** The provider's API as it answers this store's account when all is well. */
    abstract void stubApi();

    /** The currency orders are placed in (the product has a price in XOF and in EUR). */
    String currency() {
        return "XOF";
    }

    /**
     * The provider's notification that the order was paid this amount, as the provider sends it; the fake API
     * then confirms it, for providers whose notifications are checked with their API.
     */
    abstract Delivery paid(PlacedOrder order, long amount);

    /** The provider's notification that the payment of the order failed. */
    abstract Delivery failed(PlacedOrder order);

    /** A notification that the order was paid which the provider never sent: a bad signature, hash or token. */
    abstract Delivery forged(PlacedOrder order);

    /** The API call that opens a checkout for this store's account, to stub an outage of. */
    abstract MappingBuilder checkoutCall();

    /** The calls made to open the checkout of this order. */
    abstract RequestPatternBuilder checkoutCallsOf(PlacedOrder order);

    /**
     * The calls by which the store asks the provider whether a notification about the order is true (its API's
     * record of the transaction, or its signature check); empty where the notification's own signature is the
     * proof.
     */
    Optional<RequestPatternBuilder> verificationCallsOf(PlacedOrder order) {
        return Optional.empty();
    }

    /** The provider's refund API as it answers for this paid order. */
    abstract void stubRefund(PlacedOrder order);

    /** Checks that the provider's refund API was asked to refund this order's payment, once. */
    abstract void verifyRefundRequested(PlacedOrder order);

    // ---- the contract ------------------------------------------------------------------------------------------

    @BeforeAll
    void aStoreSellingThroughTheProvider() {
        store = Platform.openStore(provider);
        admin = store.adminToken();
        productId = store.as(admin)
                .body(Map.of(
                        "sku",
                        provider.toUpperCase(Locale.ROOT) + "-PRO",
                        "name",
                        "Compta Pro",
                        "description",
                        "Sold through " + provider,
                        "prices",
                        List.of(
                                Map.of("amount", XOF_PRICE, "currency", "XOF"),
                                Map.of("amount", EUR_PRICE, "currency", "EUR")),
                        "license_terms",
                        Map.of("type", "subscription", "duration_days", 365, "max_activations", 2),
                        "published",
                        true))
                .post("/api/admin/products")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        stubApi();
        store.as(admin)
                .body(Map.of("enabled", true, "credentials", credentials()))
                .put("/api/admin/payment-providers/" + provider)
                .then()
                .statusCode(200);
    }

    @Test
    void aPaymentNotifiedTenTimesPaysOnceWithAValidLicenseAndOneEmailWithItsKey() throws Exception {
        PlacedOrder order = placeOrder("paid");
        Delivery paid = paid(order, order.amount());

        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            outcomes.add(outcome(deliver(paid)));
        }

        assertThat(outcomes.get(0)).isEqualTo("paid");
        assertThat(outcomes.subList(1, 10)).containsOnly("duplicate");
        verificationCallsOf(order)
                .ifPresent(calls -> assertThat(ProviderFakes.count(calls))
                        .as("the provider asked before the payment was accepted")
                        .isPositive());
        assertPaidOnceWithAValidLicense(order);
    }

    @Test
    void aPaymentNotifiedTenTimesAtOncePaysOnce() throws Exception {
        PlacedOrder order = placeOrder("at-once");
        Delivery paid = paid(order, order.amount());
        List<Callable<Response>> deliveries = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            deliveries.add(() -> deliver(paid));
        }

        List<Response> answers = Concurrently.all(10, deliveries);

        assertThat(answers).extracting(Response::statusCode).containsOnly(200);
        assertThat(answers)
                .extracting(answer -> answer.jsonPath().getString("outcome"))
                .containsOnly("paid", "duplicate")
                .filteredOn("paid"::equals)
                .hasSize(1);
        assertPaidOnceWithAValidLicense(order);
    }

    /**
     * Two notifications of the payment made apart (two event ids where the provider gives each delivery its own,
     * as Stripe does for a session and its async success), delivered at once with their repeats: one pays.
     */
    @Test
    void twoNotificationsOfOnePaymentAtOncePayOnce() throws Exception {
        for (int round = 0; round < 3; round++) {
            PlacedOrder order = placeOrder("twice");
            Delivery first = paid(order, order.amount());
            Delivery second = paid(order, order.amount());
            List<Callable<Response>> deliveries = new ArrayList<>();
            for (Delivery delivery : List.of(first, second, first, second)) {
                deliveries.add(() -> deliver(delivery));
            }

            List<Response> answers = Concurrently.all(deliveries.size(), deliveries);

            assertThat(answers).extracting(Response::statusCode).containsOnly(200);
            assertThat(answers)
                    .extracting(answer -> answer.jsonPath().getString("outcome"))
                    .isSubsetOf("paid", "duplicate", "unchanged")
                    .filteredOn("paid"::equals)
                    .hasSize(1);
            assertPaidOnceWithAValidLicense(order);
        }
    }

    @Test
    void aFailedPaymentFailsTheOrderAndTellsTheCustomer() throws Exception {
        PlacedOrder order = placeOrder("failed");

        assertThat(outcome(deliver(failed(order)))).isEqualTo("failed");

        orderOf(order).then().body("status", equalTo("failed")).body("license_id", nullValue());
        assertThat(Mailbox.awaitOne(MAIL, order.buyer().email()).getSubject()).contains("n'a pas abouti");
    }

    @Test
    void aForgedNotificationIs400AndChangesNothing() throws Exception {
        PlacedOrder order = placeOrder("forged");

        deliver(forged(order)).then().statusCode(400).body("error.code", equalTo("WEBHOOK_INVALID"));

        orderOf(order)
                .then()
                .body("status", equalTo("pending"))
                .body("license_id", nullValue())
                .body("transitions.to", equalTo(List.of("pending")));
        assertThat(Mailbox.aboutOrder(store, order.reference()))
                .as("e-mails about the order")
                .isEmpty();
        store.as(order.buyer().token())
                .get("/api/users/" + order.buyer().userId() + "/licenses")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
        assertThat(outcome(deliver(paid(order, order.amount()))))
                .as("the genuine one still pays")
                .isEqualTo("paid");
    }

    @Test
    void aPaymentOfAnotherAmountIsNeverFulfilled() {
        PlacedOrder order = placeOrder("mismatch");

        assertNotFulfilled(deliver(paid(order, order.amount() - 100)));

        orderOf(order).then().body("status", equalTo("pending")).body("license_id", nullValue());
        store.as(order.buyer().token())
                .get("/api/users/" + order.buyer().userId() + "/licenses")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
    }

    /** How the store answers a genuine payment that is not the order's amount: recorded, never fulfilled. */
    void assertNotFulfilled(Response answer) {
        answer.then()
                .statusCode(200)
                .body("outcome", equalTo("rejected"))
                .body("detail", containsString("not the order's"));
    }

    @Test
    void aStaffRefundOfAPaidOrder() throws Exception {
        PlacedOrder order = paidOrder("refund");
        String key = licenseKey(order);
        stubRefund(order);

        assertStaffRefund(order, key);
    }

    /** The refund of a paid order through the provider's refund API: refunded, licence revoked, customer told. */
    void assertStaffRefund(PlacedOrder order, String key) throws Exception {
        refund(order).then().statusCode(200).body("status", equalTo("refunded")).body("refunded_at", notNullValue());

        verifyRefundRequested(order);
        Platform.licenseCall("validate", key, "refunded-device").then().body("code", equalTo("REVOKED"));
        assertThat(Mailbox.settled(MAIL, store, order.buyer().email()))
                .extracting(MimeMessage::getSubject)
                .filteredOn(subject -> subject.contains("remboursée"))
                .hasSize(1);
    }

    @Test
    void aProviderThatIsDownLeavesTheOrderPendingAndItsCheckoutOpensOnceItIsBack() {
        assertTheOrderWaitsForItsCheckoutWhileTheProviderAnswers(
                WireMock.serviceUnavailable()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"message\": \"Service Unavailable\"}"),
                attemptsToOpenACheckout);
    }

    /**
     * While the provider's checkout call answers so, ordering answers 503 after the attempts expected, and the
     * order waits, pending; once the provider answers again, the customer opens its checkout.
     */
    void assertTheOrderWaitsForItsCheckoutWhileTheProviderAnswers(ResponseDefinitionBuilder outage, int attempts) {
        Buyer buyer = newBuyer("down");

        Response refused = ProviderFakes.during(checkoutCall().willReturn(outage), () -> order(buyer));

        refused.then()
                .statusCode(503)
                .contentType(ContentType.JSON)
                .body("error.code", equalTo("PROVIDER_UNAVAILABLE"))
                .header("Retry-After", notNullValue());
        String orderPath =
                refused.header("Location").substring(refused.header("Location").indexOf("/api/orders/"));
        Response pending = store.as(buyer.token()).get(orderPath);
        pending.then().statusCode(200).body("status", equalTo("pending")).body("checkout_url", nullValue());
        PlacedOrder order = placed(buyer, pending);
        assertThat(ProviderFakes.count(checkoutCallsOf(order))).isEqualTo(attempts);

        store.as(buyer.token())
                .post(orderPath + "/checkout")
                .then()
                .statusCode(200)
                .body("status", equalTo("pending"))
                .body("checkout_url", startsWith(hostedPages));
        assertThat(ProviderFakes.count(checkoutCallsOf(order))).isEqualTo(attempts + 1);
    }

    /**
     * In a browser, a signed-in customer picks the provider on the store's checkout page (its logo shown) and is
     * sent to the provider's hosted page; the order waits there for the provider, as placed through the API.
     */
    @Test
    void theStoresCheckoutPageSendsTheCustomerToTheProvidersHostedPage() throws Exception {
        Buyer buyer = newBuyer("page");
        try (Browser browser = Browser.open("fr")) {
            browser.go(Platform.BASE_URL + store.path("/login"));
            browser.type("[id='login:email']", buyer.email()).type("[id='login:password']", Platform.PASSWORD);
            browser.submit("[id='login:submit']");
            browser.go(
                    Platform.BASE_URL + store.path("/products/" + provider.toUpperCase(Locale.ROOT) + "-PRO/checkout"));
            browser.screenshots("checkout-" + provider);
            assertThat(browser.find("img[src*='" + provider + ".svg']").isDisplayed())
                    .isTrue();
            browser.find(".choices input[type=radio][value$='" + currency() + "']")
                    .click();
            browser.find(".providers input[type=radio][value$='" + provider + "']")
                    .click();
            browser.find("[id='checkout:pay']").click();
            browser.waitUntil(ExpectedConditions.or(
                    ExpectedConditions.urlContains(hostedPages),
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector(".messages li"))));
            assertThat(browser.all(".messages li"))
                    .extracting(WebElement::getText)
                    .isEmpty();
            assertThat(browser.url()).startsWith(hostedPages);
        }
        store.as(buyer.token())
                .get("/api/users/" + buyer.userId() + "/orders")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].status", equalTo("pending"))
                .body("items[0].provider", equalTo(provider))
                .body("items[0].currency", equalTo(currency()));
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    /** A call to the provider's API made with this store's credentials. */
    MappingBuilder authorized(MappingBuilder call) {
        return call.withHeader("Authorization", WireMock.equalTo("Bearer " + bearer()));
    }

    Buyer newBuyer(String prefix) {
        String email = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@" + provider + ".test";
        long id = store.register(email);
        return new Buyer(email, store.login(email), id);
    }

    Response order(Buyer buyer) {
        return store.as(buyer.token())
                .body(Map.of("product_id", productId, "provider", provider, "currency", currency()))
                .post("/api/orders");
    }

    /** A new customer's order, its checkout open at the provider. */
    PlacedOrder placeOrder(String prefix) {
        Buyer buyer = newBuyer(prefix);
        Response placed = order(buyer);
        placed.then()
                .statusCode(201)
                .body("status", equalTo("pending"))
                .body("provider", equalTo(provider))
                .body("currency", equalTo(currency()))
                .body("checkout_url", startsWith(hostedPages));
        return placed(buyer, placed);
    }

    private static PlacedOrder placed(Buyer buyer, Response order) {
        return new PlacedOrder(
                buyer,
                order.jsonPath().getLong("id"),
                order.jsonPath().getString("reference"),
                order.jsonPath().getLong("amount"),
                order.jsonPath().getString("currency"));
    }

    PlacedOrder paidOrder(String prefix) {
        PlacedOrder order = placeOrder(prefix);
        assertThat(outcome(deliver(paid(order, order.amount())))).isEqualTo("paid");
        return order;
    }

    Response deliver(Delivery delivery) {
        return given().headers(delivery.headers())
                .body(delivery.body().getBytes(StandardCharsets.UTF_8))
                .post(store.path("/api/payments/webhook/" + provider));
    }

    static String outcome(Response answer) {
        return answer.then().statusCode(200).extract().path("outcome");
    }

    Response orderOf(PlacedOrder order) {
        return store.as(order.buyer().token()).get("/api/orders/" + order.id());
    }

    Response refund(PlacedOrder order) {
        return store.as(admin)
                .body(Map.of("reason", "asked by the customer"))
                .post("/api/admin/orders/" + order.id() + "/refund");
    }

    String licenseKey(PlacedOrder order) {
        long licenseId =
                orderOf(order).then().statusCode(200).extract().jsonPath().getLong("license_id");
        return store.as(order.buyer().token())
                .get("/api/licenses/" + licenseId)
                .then()
                .statusCode(200)
                .extract()
                .path("key");
    }

    /** Paid, one licence that validates, one e-mail: the confirmation with the licence's key. */
    void assertPaidOnceWithAValidLicense(PlacedOrder order) throws Exception {
        orderOf(order)
                .then()
                .statusCode(200)
                .body("status", equalTo("paid"))
                .body("transitions.to", equalTo(List.of("pending", "paid")));
        store.as(order.buyer().token())
                .get("/api/users/" + order.buyer().userId() + "/licenses")
                .then()
                .statusCode(200)
                .body("size()", equalTo(1));
        String key = licenseKey(order);
        Platform.licenseCall("validate", key, provider + "-device")
                .then()
                .statusCode(200)
                .body("code", equalTo("VALID"));
        assertThat(Mailbox.aboutOrder(store, order.reference()))
                .extracting(Mailbox.Row::type)
                .containsExactly("PAYMENT_CONFIRMED");
        List<MimeMessage> mails = Mailbox.settled(MAIL, store, order.buyer().email());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).contains("paiement reçu");
        assertThat(Mailbox.text(mails.get(0))).contains(key);
    }

    static String uniqueId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }
}
