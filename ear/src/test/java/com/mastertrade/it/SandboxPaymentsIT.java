package com.mastertrade.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A purchase end to end through the built-in sandbox: order, the sandbox's checkout page, its pay and fail
 * buttons (which post the signed callback to the store's webhook), the licence and the e-mail.
 */
class SandboxPaymentsIT {

    @RegisterExtension
    static final GreenMailExtension MAIL =
            new GreenMailExtension(new ServerSetup(Integer.getInteger("mt.smtp.port", 3025), "127.0.0.1", "smtp"));

    private static Platform.Store store;
    private static String admin;
    private static long productId;

    @BeforeAll
    static void aStoreSellingThroughTheSandbox() {
        store = Platform.openStore("sandbox");
        admin = store.adminToken();
        productId = store.createProduct(admin, "SANDBOX-PRO", 365, 2, 0);
        Payments.enableSandbox(store, admin);
    }

    private static String newCustomer(String email) {
        store.register(email);
        return store.login(email);
    }

    private static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@sandbox.test";
    }

    @Test
    void aCustomerPaysOnTheCheckoutPageAndGetsAValidLicenseAndOneEmailWithItsKey() throws Exception {
        String email = uniqueEmail("buyer");
        String customer = newCustomer(email);

        Response placed = Payments.order(store, customer, productId);
        placed.then()
                .statusCode(201)
                .body("status", equalTo("pending"))
                .body("amount", equalTo(150_000))
                .body("currency", equalTo("XOF"))
                .body("provider", equalTo("sandbox"))
                .body("kind", equalTo("purchase"))
                .body("checkout_url", containsString("/t/" + store.slug() + "/sandbox/checkout.xhtml?session=sbx_"));
        long orderId = placed.jsonPath().getLong("id");
        assertThat(placed.header("Location")).endsWith("/t/" + store.slug() + "/api/orders/" + orderId);

        Payments.CheckoutPage page =
                Payments.CheckoutPage.open(placed.jsonPath().getString("checkout_url"), "fr-FR");
        assertThat(page.page().asString())
                .contains(
                        "Paiement de test",
                        "SANDBOX-PRO",
                        "FCFA",
                        placed.jsonPath().getString("reference"));

        String toReturn = page.press("pay").then().statusCode(302).extract().header("Location");
        assertThat(toReturn).contains("/t/" + store.slug() + "/api/payments/return/sandbox?order=MT-");
        String toOrderPage = given().redirects()
                .follow(false)
                .get(toReturn)
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        assertThat(toOrderPage).contains("/orders/status.xhtml?ref=MT-");
        given().get(toOrderPage).then().statusCode(200).body(containsString("Paiement reçu"));

        JsonPath order = store.as(customer)
                .get("/api/orders/" + orderId)
                .then()
                .statusCode(200)
                .body("status", equalTo("paid"))
                .body("paid_at", notNullValue())
                .body("transitions.to", equalTo(List.of("pending", "paid")))
                .body("payments[0].status", equalTo("succeeded"))
                .extract()
                .jsonPath();
        long licenseId = order.getLong("license_id");
        String key = store.as(customer)
                .get("/api/licenses/" + licenseId)
                .then()
                .statusCode(200)
                .body("status", equalTo("active"))
                .body("product_id", equalTo((int) productId))
                .extract()
                .path("key");
        Platform.licenseCall("validate", key, "sandbox-device")
                .then()
                .statusCode(200)
                .body("code", equalTo("VALID"));

        List<MimeMessage> mails = Mailbox.settled(MAIL, store, email);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).contains("paiement reçu", "SANDBOX-PRO");
        assertThat(Mailbox.text(mails.get(0))).contains(key, "/t/" + store.slug() + "/downloads?license=" + licenseId);
    }

    @Test
    void theFailButtonFailsTheOrderWithoutLicenseAndTellsTheCustomer() throws Exception {
        String email = uniqueEmail("declined");
        String customer = newCustomer(email);
        Response placed = Payments.order(store, customer, productId);
        long orderId = placed.jsonPath().getLong("id");
        String checkoutUrl = placed.jsonPath().getString("checkout_url");

        Payments.CheckoutPage.open(checkoutUrl, "fr").press("fail").then().statusCode(302);

        store.as(customer)
                .get("/api/orders/" + orderId)
                .then()
                .statusCode(200)
                .body("status", equalTo("failed"))
                .body("license_id", nullValue());
        long userId = store.as(customer)
                .get("/api/users/me")
                .then()
                .extract()
                .jsonPath()
                .getLong("id");
        store.as(customer)
                .get("/api/users/" + userId + "/licenses")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
        assertThat(Mailbox.awaitOne(MAIL, email).getSubject()).contains("n'a pas abouti");
        given().get(checkoutUrl)
                .then()
                .statusCode(200)
                .body(containsString("n’attend plus de paiement"))
                .body(not(containsString("checkout:pay")));
    }

    @Test
    void aPostWithoutThisSessionsViewStateIsRefusedAndPaysNothing() {
        String customer = newCustomer(uniqueEmail("csrf"));
        Response placed = Payments.order(store, customer, productId);
        long orderId = placed.jsonPath().getLong("id");
        Payments.CheckoutPage page =
                Payments.CheckoutPage.open(placed.jsonPath().getString("checkout_url"), "fr");

        page.press("pay", "-1234567890:987654321", page.cookies())
                .then()
                .statusCode(403)
                .contentType(ContentType.JSON)
                .body("error.code", equalTo("FORM_EXPIRED"));
        page.press("pay", page.viewState(), Map.of())
                .then()
                .statusCode(403)
                .body("error.code", equalTo("FORM_EXPIRED"));
        store.as(customer).get("/api/orders/" + orderId).then().body("status", equalTo("pending"));

        page.press("pay").then().statusCode(302);
        store.as(customer).get("/api/orders/" + orderId).then().body("status", equalTo("paid"));
    }

    @Test
    void theCheckoutPageSpeaksEnglishOnRequestAndAnUnknownSessionIs404() {
        String customer = newCustomer(uniqueEmail("english"));
        String checkoutUrl =
                Payments.order(store, customer, productId).jsonPath().getString("checkout_url");

        assertThat(Payments.CheckoutPage.open(checkoutUrl, "en-GB,en;q=0.8")
                        .page()
                        .asString())
                .contains("Test payment", "Make the payment fail", "XOF 150,000");
        given().get(store.path("/sandbox/checkout.xhtml?session=sbx_" + "0".repeat(32)))
                .then()
                .statusCode(404);
        given().get(store.path("/orders/status.xhtml?ref=MT-NOSUCHORDER00000"))
                .then()
                .statusCode(404);
    }

    @Test
    void aProviderThatIsDownLeavesTheOrderPendingAndItsCheckoutOpensLater() {
        Platform.Store down = Platform.openStore("sandbox-down");
        String downAdmin = down.adminToken();
        long product = down.createProduct(downAdmin, "DOWN-PRO", 365, 1, 0);
        Map<String, Object> outage = Map.of(
                "enabled", true, "credentials", Map.of("webhook_secret", "whsec_down", "simulate_outage", "true"));
        down.as(downAdmin)
                .body(outage)
                .put("/api/admin/payment-providers/sandbox")
                .then()
                .statusCode(200);
        down.register("waiting@sandbox.test");
        String customer = down.login("waiting@sandbox.test");
        double retriesBefore = retriesOfProviderCalls();

        Response refused = Payments.order(down, customer, product);
        refused.then()
                .statusCode(503)
                .contentType(ContentType.JSON)
                .body("error.code", equalTo("PROVIDER_UNAVAILABLE"))
                .header("Retry-After", notNullValue())
                .header("Location", containsString("/t/" + down.slug() + "/api/orders/"));
        String orderPath =
                refused.header("Location").substring(refused.header("Location").indexOf("/api/orders/"));
        down.as(customer)
                .get(orderPath)
                .then()
                .statusCode(200)
                .body("status", equalTo("pending"))
                .body("checkout_url", nullValue());
        down.as(customer)
                .post(orderPath + "/checkout")
                .then()
                .statusCode(503)
                .body("error.code", equalTo("PROVIDER_UNAVAILABLE"));
        assertThat(retriesOfProviderCalls() - retriesBefore)
                .as("retries under MicroProfile Fault Tolerance: two calls tried three times each")
                .isEqualTo(4);

        down.as(downAdmin)
                .body(Map.of("enabled", true, "credentials", Map.of("webhook_secret", "whsec_down")))
                .put("/api/admin/payment-providers/sandbox")
                .then()
                .statusCode(200);
        String checkoutUrl = down.as(customer)
                .post(orderPath + "/checkout")
                .then()
                .statusCode(200)
                .body("status", equalTo("pending"))
                .body("checkout_url", containsString("session=sbx_"))
                .extract()
                .path("checkout_url");
        down.as(customer)
                .post(orderPath + "/checkout")
                .then()
                .statusCode(200)
                .body("checkout_url", equalTo(checkoutUrl));
        Payments.CheckoutPage.open(checkoutUrl, "fr").press("pay").then().statusCode(302);
        down.as(customer).get(orderPath).then().body("status", equalTo("paid"));
    }

    /** What MicroProfile Metrics counts of the retries of calls to providers, on the whole server. */
    private static double retriesOfProviderCalls() {
        return given().baseUri(Platform.MANAGEMENT_URL)
                .accept("text/plain")
                .get("/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .lines()
                .filter(line -> line.startsWith("ft_retry_retries_total") && line.contains("ProviderAttempts.repeated"))
                .distinct()
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void theDemoStoreSellsThroughTheSandboxOutOfTheBox() {
        String customer = given().contentType(ContentType.JSON)
                .body(Map.of("email", "client@demo.mastertrade.local", "password", "demo-client-2026"))
                .post("/t/demo/api/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("token");
        given().get("/t/demo/api/payment-providers")
                .then()
                .statusCode(200)
                .body("provider", equalTo(List.of("sandbox")));
        int product = given().get("/t/demo/api/products/PAIE-FACILE")
                .then()
                .statusCode(200)
                .extract()
                .path("id");

        Response placed = given().auth()
                .oauth2(customer)
                .contentType(ContentType.JSON)
                .body(Map.of("product_id", product, "provider", "sandbox", "currency", "EUR"))
                .post("/t/demo/api/orders");
        placed.then().statusCode(201).body("amount", equalTo(14_500)).body("currency", equalTo("EUR"));
        Payments.CheckoutPage.open(placed.jsonPath().getString("checkout_url"), "fr")
                .press("pay")
                .then()
                .statusCode(302)
                .header("Location", endsWith(placed.jsonPath().getString("reference")));
        given().auth()
                .oauth2(customer)
                .get("/t/demo/api/orders/" + placed.jsonPath().getLong("id"))
                .then()
                .statusCode(200)
                .body("status", equalTo("paid"))
                .body("license_id", notNullValue());
    }
}
