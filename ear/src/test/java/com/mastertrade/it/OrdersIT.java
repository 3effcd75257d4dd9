package com.mastertrade.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Orders as customers place and read them and as staff search and refund them; renewals by payment. Payments
 * come from the sandbox's signed callback (see {@link PaymentWebhooksIT} for the webhook's own rules).
 */
class OrdersIT {

    @RegisterExtension
    static final GreenMailExtension MAIL =
            new GreenMailExtension(new ServerSetup(Integer.getInteger("mt.smtp.port", 3025), "127.0.0.1", "smtp"));

    private static Platform.Store store;
    private static String admin;
    private static String secret;
    private static long productId;

    @BeforeAll
    static void aStoreSellingThroughTheSandbox() {
        store = Platform.openStore("orders");
        admin = store.adminToken();
        productId = store.as(admin)
                .body(Map.of(
                        "sku",
                        "ORDERS-PRO",
                        "name",
                        "Orders Pro",
                        "description",
                        "",
                        "prices",
                        List.of(
                                Map.of("amount", 150_000, "currency", "XOF"),
                                Map.of("amount", 22_900, "currency", "EUR")),
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
        secret = Payments.enableSandbox(store, admin);
    }

    private record Customer(String email, String token, long id) {
        static Customer signUp(String prefix) {
            String email = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@orders.test";
            long id = store.register(email);
            return new Customer(email, store.login(email), id);
        }
    }

    /** A paid order of the customer: its id. */
    private static long paidOrder(Customer customer) {
        long orderId = Payments.placeOrder(store, customer.token(), productId);
        pay(orderId, 150_000, "XOF");
        return orderId;
    }

    private static void pay(long orderId, long amount, String currency) {
        Payments.webhook(store, secret, Payments.event("evt_" + UUID.randomUUID(), orderId, "paid", amount, currency))
                .then()
                .statusCode(200)
                .body("outcome", equalTo("paid"));
    }

    private static JsonPath order(String token, long orderId) {
        return store.as(token)
                .get("/api/orders/" + orderId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void thePriceIsTheCataloguesWhateverTheClientSends() {
        Customer customer = Customer.signUp("price");
        store.as(customer.token())
                .body(Map.of("product_id", productId, "provider", "sandbox", "amount", 1, "currency", "EUR"))
                .post("/api/orders")
                .then()
                .statusCode(201)
                .body("amount", equalTo(22_900))
                .body("currency", equalTo("EUR"))
                .body("status", equalTo("pending"))
                .body("user_id", equalTo((int) customer.id()))
                .body("product_id", equalTo((int) productId));
        store.as(customer.token())
                .body(Map.of("product_id", productId, "provider", "sandbox"))
                .post("/api/orders")
                .then()
                .statusCode(201)
                .body("amount", equalTo(150_000))
                .body("currency", equalTo("XOF"));
    }

    @Test
    void badOrdersAreRefusedWithTheDocumentedCodes() {
        Customer customer = Customer.signUp("refused");
        assertRefused(
                customer, Map.of("product_id", productId, "provider", "sandbox", "currency", "USD"), 422, "currency");
        assertRefused(
                customer, Map.of("product_id", productId, "provider", "sandbox", "currency", "BTC"), 422, "currency");
        assertRefused(customer, Map.of("product_id", productId, "provider", "bitcoin"), 422, "provider");
        assertRefused(customer, Map.of("product_id", productId), 422, "provider");
        assertRefused(customer, Map.of("provider", "sandbox"), 422, "product_id");
        assertRefused(customer, Map.of("product_id", 12.5, "provider", "sandbox"), 422, "product_id");
        store.as(customer.token())
                .body(Map.of("product_id", 999_999, "provider", "sandbox"))
                .post("/api/orders")
                .then()
                .statusCode(404)
                .body("error.code", equalTo("PRODUCT_NOT_FOUND"));
        store.as(customer.token())
                .body(Map.of("product_id", productId, "provider", "stripe"))
                .post("/api/orders")
                .then()
                .statusCode(409)
                .body("error.code", equalTo("PROVIDER_NOT_ENABLED"));
        store.as(customer.token())
                .body("{\"product_id\": ")
                .post("/api/orders")
                .then()
                .statusCode(400)
                .body("error.code", equalTo("MALFORMED_JSON"));
        store.api()
                .body(Map.of("product_id", productId, "provider", "sandbox"))
                .post("/api/orders")
                .then()
                .statusCode(401);
    }

    private static void assertRefused(Customer customer, Map<String, Object> body, int status, String field) {
        store.as(customer.token())
                .body(body)
                .post("/api/orders")
                .then()
                .statusCode(status)
                .body("error.code", equalTo("VALIDATION_FAILED"))
                .body("error.field", equalTo(field));
    }

    @Test
    void anUnpublishedProductCannotBeOrdered() {
        long hidden = store.as(admin)
                .body(Map.of(
                        "sku",
                        "HIDDEN-ORDER",
                        "name",
                        "Hidden",
                        "description",
                        "",
                        "prices",
                        List.of(Map.of("amount", 1_000, "currency", "XOF")),
                        "license_terms",
                        Map.of("type", "permanent"),
                        "published",
                        false))
                .post("/api/admin/products")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        store.as(Customer.signUp("hidden").token())
                .body(Map.of("product_id", hidden, "provider", "sandbox"))
                .post("/api/orders")
                .then()
                .statusCode(404)
                .body("error.code", equalTo("PRODUCT_NOT_FOUND"));
    }

    @Test
    void customersSeeOnlyTheirOwnOrdersAndStaffSeeAll() {
        Customer owner = Customer.signUp("owner");
        Customer other = Customer.signUp("other");
        long orderId = Payments.placeOrder(store, owner.token(), productId);

        store.as(other.token())
                .get("/api/orders/" + orderId)
                .then()
                .statusCode(404)
                .body("error.code", equalTo("ORDER_NOT_FOUND"));
        store.as(other.token())
                .get("/api/users/" + owner.id() + "/orders")
                .then()
                .statusCode(404);
        store.as(other.token())
                .post("/api/orders/" + orderId + "/checkout")
                .then()
                .statusCode(404);
        store.as(other.token()).get("/api/orders").then().statusCode(200).body("total", equalTo(0));
        store.as(other.token()).get("/api/admin/orders").then().statusCode(403);

        store.as(owner.token())
                .get("/api/orders")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo((int) orderId));
        store.as(owner.token())
                .get("/api/users/" + owner.id() + "/orders")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) orderId));
        store.as(admin).get("/api/orders/" + orderId).then().statusCode(200);
        store.as(admin)
                .get("/api/admin/orders/" + orderId)
                .then()
                .statusCode(200)
                .body("transitions[0].to", equalTo("pending"))
                .body("transitions[0].from", equalTo(null));
        store.as(admin).post("/api/orders/" + orderId + "/checkout").then().statusCode(200);
    }

    @Test
    void staffFilterOrdersByStatusProviderKindUserAndProduct() {
        Customer customer = Customer.signUp("filtered");
        long paid = paidOrder(customer);
        long pending = Payments.placeOrder(store, customer.token(), productId);

        store.as(admin)
                .queryParam("user_id", customer.id())
                .queryParam("status", "paid")
                .get("/api/admin/orders")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo((int) paid))
                .body("items[0].license_id", notNullValue());
        store.as(admin)
                .queryParam("user_id", customer.id())
                .queryParam("provider", "sandbox")
                .queryParam("kind", "purchase")
                .queryParam("product_id", productId)
                .get("/api/admin/orders")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].id", equalTo((int) pending));
        store.as(admin)
                .queryParam("status", "pending")
                .queryParam("size", 100)
                .get("/api/admin/orders")
                .then()
                .statusCode(200)
                .body("items.status", everyItem(equalTo("pending")));
        store.as(admin)
                .queryParam("status", "lost")
                .get("/api/admin/orders")
                .then()
                .statusCode(422)
                .body("error.field", equalTo("status"));
        store.as(admin)
                .queryParam("user_id", "x")
                .get("/api/admin/orders")
                .then()
                .statusCode(422)
                .body("error.field", equalTo("user_id"));
    }

    @Test
    void aRenewalOrderExtendsTheCustomersLicenseByTheProductsDuration() throws Exception {
        Customer customer = Customer.signUp("renewal");
        long firstOrder = paidOrder(customer);
        long licenseId = order(customer.token(), firstOrder).getLong("license_id");
        Instant expiry = Instant.parse(store.as(customer.token())
                .get("/api/licenses/" + licenseId)
                .then()
                .extract()
                .path("expiry_date"));

        JsonPath renewal = store.as(customer.token())
                .body(Map.of("renews_license_id", licenseId, "provider", "sandbox", "currency", "EUR"))
                .post("/api/orders")
                .then()
                .statusCode(201)
                .body("kind", equalTo("renewal"))
                .body("renews_license_id", equalTo((int) licenseId))
                .body("amount", equalTo(22_900))
                .extract()
                .jsonPath();
        pay(renewal.getLong("id"), 22_900, "EUR");

        store.as(customer.token())
                .get("/api/licenses/" + licenseId)
                .then()
                .statusCode(200)
                .body("expiry_date", equalTo(expiry.plus(Duration.ofDays(365)).toString()))
                .body("renewed_at", notNullValue());
        store.as(customer.token())
                .get("/api/users/" + customer.id() + "/licenses")
                .then()
                .body("size()", equalTo(1));
        assertThat(Mailbox.settled(MAIL, store, customer.email()))
                .extracting(m -> m.getSubject())
                .anySatisfy(subject -> assertThat(subject).contains("renouvelée"));
    }

    @Test
    void onlyTheOwnerRenewsALicenseAndPermanentOnesAreNotRenewed() {
        Customer owner = Customer.signUp("renew-owner");
        long licenseId = order(owner.token(), paidOrder(owner)).getLong("license_id");
        Customer other = Customer.signUp("renew-other");

        store.as(other.token())
                .body(Map.of("renews_license_id", licenseId, "provider", "sandbox"))
                .post("/api/orders")
                .then()
                .statusCode(404)
                .body("error.code", equalTo("LICENSE_NOT_FOUND"));
        store.as(other.token())
                .body(Map.of("provider", "sandbox"))
                .post("/api/licenses/" + licenseId + "/renew")
                .then()
                .statusCode(404)
                .body("error.code", equalTo("LICENSE_NOT_FOUND"));
        store.as(owner.token())
                .body(Map.of())
                .post("/api/licenses/" + licenseId + "/renew")
                .then()
                .statusCode(422)
                .body("error.field", equalTo("provider"));
        store.as(owner.token())
                .body(Map.of("provider", "sandbox"))
                .post("/api/licenses/" + licenseId + "/renew")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/orders/"))
                .body("kind", equalTo("renewal"))
                .body("renews_license_id", equalTo((int) licenseId))
                .body("status", equalTo("pending"))
                .body("checkout_url", notNullValue());
        store.as(owner.token())
                .body(Map.of("renews_license_id", licenseId, "product_id", 999, "provider", "sandbox"))
                .post("/api/orders")
                .then()
                .statusCode(422)
                .body("error.field", equalTo("product_id"));
        long permanent =
                store.issueLicense(admin, Map.of("product_id", productId, "user_id", owner.id(), "type", "permanent"));
        store.as(owner.token())
                .body(Map.of("renews_license_id", permanent, "provider", "sandbox"))
                .post("/api/orders")
                .then()
                .statusCode(409)
                .body("error.code", equalTo("LICENSE_PERMANENT"));
    }

    @Test
    void anAdministratorRefundsWithinTheWindowWithAReasonAndTheLicenseIsRevoked() throws Exception {
        Customer customer = Customer.signUp("refund");
        long orderId = paidOrder(customer);
        String key = store.licenseKey(admin, order(customer.token(), orderId).getLong("license_id"));

        store.as(customer.token())
                .body(Map.of("reason", "I want my money"))
                .post("/api/admin/orders/" + orderId + "/refund")
                .then()
                .statusCode(403);
        store.as(admin)
                .body(Map.of())
                .post("/api/admin/orders/" + orderId + "/refund")
                .then()
                .statusCode(422)
                .body("error.field", equalTo("reason"));
        store.as(admin)
                .body(Map.of("reason", "Customer bought the wrong product"))
                .post("/api/admin/orders/" + orderId + "/refund")
                .then()
                .statusCode(200)
                .body("status", equalTo("refunded"))
                .body("refunded_at", notNullValue())
                .body("transitions.to", equalTo(List.of("pending", "paid", "refunded")))
                .body("payments[0].status", equalTo("refunded"));

        Platform.licenseCall("validate", key, "refunded-device").then().body("code", equalTo("REVOKED"));
        assertThat(Mailbox.settled(MAIL, store, customer.email()))
                .extracting(m -> m.getSubject())
                .anySatisfy(subject -> assertThat(subject).contains("remboursée"));
        assertThat(auditReason(orderId)).contains("Customer bought the wrong product", "admin@");
        store.as(admin)
                .body(Map.of("reason", "again"))
                .post("/api/admin/orders/" + orderId + "/refund")
                .then()
                .statusCode(409)
                .body("error.code", equalTo("ORDER_NOT_PAID"));
    }

    @Test
    void noRefundOutsideTheWindowNorOfAnUnpaidOrder() throws Exception {
        Customer customer = Customer.signUp("late-refund");
        long orderId = paidOrder(customer);
        long pending = Payments.placeOrder(store, customer.token(), productId);
        try (Connection db = Platform.database();
                PreparedStatement backdate = db.prepareStatement(
                        "UPDATE " + store.schema() + ".orders SET paid_at = now() - interval '15 days' WHERE id = ?")) {
            backdate.setLong(1, orderId);
            assertThat(backdate.executeUpdate()).isEqualTo(1);
        }

        store.as(admin)
                .body(Map.of("reason", "too late"))
                .post("/api/admin/orders/" + orderId + "/refund")
                .then()
                .statusCode(409)
                .body("error.code", equalTo("REFUND_WINDOW_CLOSED"))
                .body("error.message", containsString("14 days"));
        store.as(admin)
                .body(Map.of("reason", "nothing paid"))
                .post("/api/admin/orders/" + pending + "/refund")
                .then()
                .statusCode(409)
                .body("error.code", equalTo("ORDER_NOT_PAID"));
        assertThat(order(customer.token(), orderId).getString("status")).isEqualTo("paid");
    }

    @Test
    void aRefundedRenewalTakesBackItsDaysOnly() {
        Customer customer = Customer.signUp("renewal-refund");
        long licenseId = order(customer.token(), paidOrder(customer)).getLong("license_id");
        String before = store.as(customer.token())
                .get("/api/licenses/" + licenseId)
                .then()
                .extract()
                .path("expiry_date");
        long renewal = store.as(customer.token())
                .body(Map.of("renews_license_id", licenseId, "provider", "sandbox"))
                .post("/api/orders")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        pay(renewal, 150_000, "XOF");

        store.as(admin)
                .body(Map.of("reason", "renewed by mistake"))
                .post("/api/admin/orders/" + renewal + "/refund")
                .then()
                .statusCode(200)
                .body("status", equalTo("refunded"));

        store.as(customer.token())
                .get("/api/licenses/" + licenseId)
                .then()
                .body("status", equalTo("active"))
                .body("expiry_date", equalTo(before));
    }

    private static String auditReason(long orderId) throws Exception {
        try (Connection db = Platform.database();
                PreparedStatement query = db.prepareStatement("SELECT actor_label, details::text FROM " + store.schema()
                        + ".audit_logs WHERE action = 'order.refunded' AND target_id = ?")) {
            query.setString(1, Long.toString(orderId));
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("audit entry of the refund").isTrue();
                return row.getString(1) + " " + row.getString(2);
            }
        }
    }
}
