package com.mastertrade.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Payments as a store, a customer and the built-in sandbox provider make them, through the public API and the
 * checkout page only. Sandbox callbacks are signed here as API.md says, independently of the server's code.
 */
final class Payments {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The page's CSP nonce, which every form sends back (PrimeFaces checks it). */
    static final Pattern NONCE = Pattern.compile("name=\"primefaces\\.nonce\" value=\"([^\"]+)\"");

    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"checkout\"[^>]*action=\"([^\"]+)\"");

    private Payments() {}

    /** Enables the sandbox in the store with a webhook secret the test knows. */
    static String enableSandbox(Platform.Store store, String admin) {
        String secret = "whsec_" + UUID.randomUUID();
        store.as(admin)
                .body(Map.of("enabled", true, "credentials", Map.of("webhook_secret", secret)))
                .put("/api/admin/payment-providers/sandbox")
                .then()
                .statusCode(200);
        return secret;
    }

    /** {@code POST /api/orders} of a product through the sandbox. */
    static Response order(Platform.Store store, String customer, long productId) {
        return store.as(customer)
                .body(Map.of("product_id", productId, "provider", "sandbox"))
                .post("/api/orders");
    }

    /** A placed order's id, its checkout open. */
    static long placeOrder(Platform.Store store, String customer, long productId) {
        return order(store, customer, productId)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** The body of API.md's sandbox callback. */
    static String event(String eventId, long orderId, String status, long amount, String currency) {
        return "{\"event_id\": \"" + eventId + "\", \"order_id\": \"" + orderId + "\", \"status\": \"" + status
                + "\", \"amount\": " + amount + ", \"currency\": \"" + currency + "\"}";
    }

    /** {@code t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>." + raw body)>}. */
    static String signature(String secret, Instant at, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] hmac = mac.doFinal((at.getEpochSecond() + "." + body).getBytes(StandardCharsets.UTF_8));
            return "t=" + at.getEpochSecond() + ",v1=" + HexFormat.of().formatHex(hmac);
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    /** The sandbox's callback, signed now, posted to the store's webhook. */
    static Response webhook(Platform.Store store, String secret, String body) {
        return signedWebhook(store, signature(secret, Instant.now(), body), body);
    }

    /** A callback with the signature header given as is. */
    static Response signedWebhook(Platform.Store store, String signatureHeader, String body) {
        return given().contentType("application/json")
                .header("Sandbox-Signature", signatureHeader)
                .body(body)
                .post(store.path("/api/payments/webhook/sandbox"));
    }

    /** The checkout page as a browser opens it: its session cookie, form action and view state. */
    record CheckoutPage(Response page, String action, String viewState, String nonce, Map<String, String> cookies) {

        static CheckoutPage open(String checkoutUrl, String language) {
            Response page = given().header("Accept-Language", language).get(checkoutUrl);
            page.then().statusCode(200);
            Matcher action = FORM_ACTION.matcher(page.asString());
            Matcher state = VIEW_STATE.matcher(page.asString());
            assertThat(action.find()).as("checkout form in %s", page.asString()).isTrue();
            assertThat(state.find()).as("view state").isTrue();
            return new CheckoutPage(
                    page, action.group(1).replace("&amp;", "&"), state.group(1), nonceOf(page), page.getCookies());
        }

        /** Presses "pay" or "fail" as the browser would: the page's own form, view state and session. */
        Response press(String button) {
            return press(button, viewState, cookies);
        }

        Response press(String button, String withViewState, Map<String, String> withCookies) {
            return given().redirects()
                    .follow(false)
                    .cookies(withCookies)
                    .contentType("application/x-www-form-urlencoded")
                    .formParam("checkout", "checkout")
                    .formParam("checkout:" + button, button)
                    .formParam("jakarta.faces.ViewState", withViewState)
                    .formParam("primefaces.nonce", nonce)
                    .post(action);
        }
    }

    static String nonceOf(Response page) {
        Matcher nonce = NONCE.matcher(page.asString());
        assertThat(nonce.find()).as("the form's CSP nonce").isTrue();
        return nonce.group(1);
    }
}
