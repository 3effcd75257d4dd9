package com.mastertrade.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each store's own provider accounts: write-only credentials, encrypted, audited, and no store sees another's. */
class ProviderSettingsIT {

    private static final String SECRET = "whsec_never_shown_8c1f2a";

    @Test
    void credentialsGoInAndOnlyTheirNamesComeOut() throws Exception {
        Platform.Store store = Platform.openStore("psp");
        String admin = store.adminToken();

        Response saved = store.as(admin)
                .body(Map.of(
                        "enabled",
                        true,
                        "credentials",
                        Map.of("webhook_secret", SECRET, "extra_key", "pk_test_visible_nowhere")))
                .put("/api/admin/payment-providers/sandbox");
        saved.then()
                .statusCode(200)
                .body("provider", equalTo("sandbox"))
                .body("enabled", equalTo(true))
                .body("available", equalTo(true))
                .body("credentials_set", containsInAnyOrder("webhook_secret", "extra_key"))
                .body(
                        "webhook_url",
                        equalTo(Platform.BASE_URL + "/t/" + store.slug() + "/api/payments/webhook/sandbox"));
        Response listed = store.as(admin).get("/api/admin/payment-providers");
        listed.then()
                .statusCode(200)
                .body("provider", containsInAnyOrder("stripe", "paypal", "flutterwave", "orangemoney", "sandbox"));
        for (Response answer : List.of(saved, listed, store.as(admin).get("/api/admin/payment-providers/sandbox"))) {
            assertThat(answer.asString()).doesNotContain(SECRET, "pk_test_visible_nowhere");
        }

        byte[] sealed = rows(
                        store,
                        "SELECT credentials_encrypted FROM %s.payment_provider_settings "
                                + "WHERE provider = 'sandbox'")
                .get(0);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(SECRET, "webhook_secret");
        String audit = new String(
                rows(
                                store,
                                "SELECT convert_to(details::text, 'UTF8') FROM %s.audit_logs "
                                        + "WHERE action = 'payment_provider.configured'")
                        .get(0),
                StandardCharsets.UTF_8);
        assertThat(audit)
                .contains("webhook_secret", "extra_key", "\"enabled\": true")
                .doesNotContain(SECRET);
    }

    @Test
    void disablingKeepsTheCredentialsAndStopsNewOrders() {
        Platform.Store store = Platform.openStore("psp-off");
        String admin = store.adminToken();
        Payments.enableSandbox(store, admin);
        long product = store.createProduct(admin, "PSP-OFF", 365, 1, 0);
        store.register("buyer@psp-off.test");
        String customer = store.login("buyer@psp-off.test");
        long pending = Payments.placeOrder(store, customer, product);

        store.as(admin)
                .body(Map.of("enabled", false))
                .put("/api/admin/payment-providers/sandbox")
                .then()
                .statusCode(200)
                .body("enabled", equalTo(false))
                .body("credentials_set", hasItem("webhook_secret"));

        Payments.order(store, customer, product)
                .then()
                .statusCode(409)
                .body("error.code", equalTo("PROVIDER_NOT_ENABLED"));
        store.api().get("/api/payment-providers").then().statusCode(200).body("size()", equalTo(0));
        store.as(customer).get("/api/orders/" + pending).then().body("status", equalTo("pending"));
    }

    @Test
    void aNewStoreTakesNoSandboxPaymentsUntilItsAdminTurnsThemOn() {
        Platform.Store store = Platform.openStore("psp-new");
        String admin = store.adminToken();
        long productId = store.createProduct(admin, "FRESH-PRO", 365, 1, 0);
        store.register("buyer@" + store.slug() + ".test");
        String customer = store.login("buyer@" + store.slug() + ".test");

        store.api().get("/api/payment-providers").then().statusCode(200).body("size()", equalTo(0));
        store.as(admin)
                .get("/api/admin/payment-providers/sandbox")
                .then()
                .statusCode(200)
                .body("enabled", equalTo(false))
                .body("credentials_set.size()", equalTo(0));
        Payments.order(store, customer, productId)
                .then()
                .statusCode(409)
                .body("error.code", equalTo("PROVIDER_NOT_ENABLED"));

        Payments.enableSandbox(store, admin);
        store.api().get("/api/payment-providers").then().body("provider", equalTo(List.of("sandbox")));
        Payments.order(store, customer, productId).then().statusCode(201);
    }

    @Test
    void oneStoresSettingsAreInvisibleAndUselessInAnother() {
        Platform.Store first = Platform.openStore("psp-a");
        Platform.Store second = Platform.openStore("psp-b");
        String secret = Payments.enableSandbox(first, first.adminToken());
        String secondAdmin = second.adminToken();

        second.as(secondAdmin)
                .get("/api/admin/payment-providers/sandbox")
                .then()
                .statusCode(200)
                .body("enabled", equalTo(false))
                .body("credentials_set.size()", equalTo(0));
        first.api().get("/api/payment-providers").then().body("provider", hasItem("sandbox"));
        second.api().get("/api/payment-providers").then().body("provider", not(hasItem("sandbox")));
        Payments.webhook(second, secret, Payments.event("evt_cross", 1, "paid", 150_000, "XOF"))
                .then()
                .statusCode(409)
                .body("error.code", equalTo("PROVIDER_NOT_CONFIGURED"));
        first.as(secondAdmin).get("/api/admin/payment-providers").then().statusCode(401);
    }

    @Test
    void onlyAdministratorsSetProvidersAndBadSettingsAre4xx() {
        Platform.Store store = Platform.openStore("psp-checks");
        String admin = store.adminToken();
        store.register("curious@psp.test");
        String customer = store.login("curious@psp.test");

        store.as(customer).get("/api/admin/payment-providers").then().statusCode(403);
        store.as(customer)
                .body(Map.of("enabled", true))
                .put("/api/admin/payment-providers/sandbox")
                .then()
                .statusCode(403);
        store.as(admin)
                .body(Map.of("enabled", true))
                .put("/api/admin/payment-providers/bitcoin")
                .then()
                .statusCode(404)
                .body("error.code", equalTo("PROVIDER_NOT_FOUND"));
        store.as(admin)
                .body(Map.of("credentials", Map.of("webhook_secret", "x")))
                .put("/api/admin/payment-providers/sandbox")
                .then()
                .statusCode(422)
                .body("error.field", equalTo("enabled"));
        store.as(admin)
                .body(Map.of("enabled", true, "credentials", Map.of("Bad Name", "x")))
                .put("/api/admin/payment-providers/sandbox")
                .then()
                .statusCode(422)
                .body("error.field", equalTo("credentials"));
        store.as(admin)
                .body(Map.of("enabled", true, "credentials", Map.of("webhook_secret", " ")))
                .put("/api/admin/payment-providers/sandbox")
                .then()
                .statusCode(422)
                .body("error.field", equalTo("credentials.webhook_secret"));
        store.as(admin)
                .body("{\"enabled\": true, \"credentials\": {\"webhook_secret\": ")
                .put("/api/admin/payment-providers/sandbox")
                .then()
                .statusCode(400)
                .body("error.code", equalTo("MALFORMED_JSON"));
        store.as(admin)
                .body(Map.of("enabled", true, "credentials", Map.of("webhook_secret", "x".repeat(1_100_000))))
                .put("/api/admin/payment-providers/sandbox")
                .then()
                .statusCode(413);
        store.as(admin)
                .get("/api/admin/payment-providers/sandbox")
                .then()
                .body("credentials_set.size()", equalTo(0))
                .body("updated_at", equalTo(null));
    }

    private static List<byte[]> rows(Platform.Store store, String sql) throws Exception {
        try (Connection db = Platform.database();
                PreparedStatement query = db.prepareStatement(sql.formatted(store.schema()));
                ResultSet result = query.executeQuery()) {
            List<byte[]> values = new ArrayList<>();
            while (result.next()) {
                values.add(result.getBytes(1));
            }
            return values;
        }
    }
}
