package com.mastertrade.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The customer's rights over their data through the API: e-mail preferences (a newsletter choice kept as a
 * consent), the export of everything kept, and the erasure of the account (with a token from a sign-in just
 * made; the page asks for the password instead) with its orders kept for the accounts.
 */
class AccountPrivacyIT {

    private static Platform.Store store;
    private static String admin;
    private static String secret;
    private static long product;

    @BeforeAll
    static void openStore() {
        store = Platform.openStore("privacy");
        admin = store.adminToken();
        secret = Payments.enableSandbox(store, admin);
        product = store.createProduct(
                admin, "PRIV-" + UUID.randomUUID().toString().substring(0, 6), 365, 2, 0);
    }

    /** A customer of the store who bought the product and activated it on one device. */
    private record Buyer(long id, String email, String token, long order, long license, String key) {}

    private static Buyer buyer() {
        String email = "buyer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        long id = store.register(email);
        String token = store.login(email);
        long order = Payments.placeOrder(store, token, product);
        Payments.webhook(store, secret, Payments.event("evt_" + UUID.randomUUID(), order, "paid", 150_000, "XOF"))
                .then()
                .statusCode(200);
        long license = store.as(token)
                .get("/api/orders/" + order)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("license_id");
        String key = store.licenseKey(admin, license);
        Platform.licenseCall("validate", key, "device-" + id)
                .then()
                .statusCode(200)
                .body("code", equalTo("VALID"));
        return new Buyer(id, email, token, order, license, key);
    }

    private static Response erase(Buyer buyer) {
        return store.as(buyer.token()).delete("/api/users/me");
    }

    @Test
    void preferencesChangeOneAtATimeAndTheNewsletterIsAConsent() {
        Buyer buyer = buyer();
        store.as(buyer.token())
                .get("/api/users/me")
                .then()
                .statusCode(200)
                .body("email_preferences.expiry_reminders", equalTo(true))
                .body("email_preferences.product_updates", equalTo(true))
                .body("email_preferences.newsletter", equalTo(false));

        store.as(buyer.token())
                .body(Map.of("email_preferences", Map.of("newsletter", true, "product_updates", false)))
                .put("/api/users/me")
                .then()
                .statusCode(200)
                .body("name", equalTo("Customer " + buyer.email()))
                .body("email_preferences.expiry_reminders", equalTo(true))
                .body("email_preferences.product_updates", equalTo(false))
                .body("email_preferences.newsletter", equalTo(true));
        store.as(buyer.token())
                .body(Map.of("email_preferences", Map.of("newsletter", "yes please")))
                .put("/api/users/me")
                .then()
                .statusCode(422)
                .body("error.field", equalTo("email_preferences.newsletter"));

        JsonPath export = export(buyer);
        assertThat(export.getList("consents.kind")).containsExactly("terms", "marketing");
        assertThat(export.getBoolean("consents[1].granted")).isTrue();
        assertThat(export.getBoolean("email_preferences.newsletter")).isTrue();
    }

    private static JsonPath export(Buyer buyer) {
        return store.as(buyer.token())
                .get("/api/users/me/export")
                .then()
                .statusCode(200)
                .header("Content-Disposition", startsWith("attachment; filename=\"personal-data-"))
                .extract()
                .jsonPath();
    }

    @Test
    void theExportHoldsEverythingKeptAboutTheCallerAndNothingOfOthers() {
        Buyer buyer = buyer();
        Buyer other = buyer();

        JsonPath export = export(buyer);

        assertThat(export.getString("format")).isEqualTo("mastertrade-personal-data/1");
        assertThat(export.getString("store.slug")).isEqualTo(store.slug());
        assertThat(export.getString("account.email")).isEqualTo(buyer.email());
        assertThat(export.getString("consents[0].ip")).isNotBlank();
        assertThat(export.getList("orders.id", Long.class)).containsExactly(buyer.order());
        assertThat(export.getLong("orders[0].amount")).isEqualTo(150_000L);
        assertThat(export.getString("orders[0].status")).isEqualTo("paid");
        assertThat(export.getString("orders[0].product.sku")).startsWith("PRIV-");
        assertThat(export.getList("licenses.key")).containsExactly(buyer.key());
        assertThat(export.getString("licenses[0].devices[0].device_id")).isEqualTo("device-" + buyer.id());
        assertThat(export.getString("licenses[0].devices[0].ip")).isNotBlank();
        assertThat(export.prettify()).doesNotContain(other.email(), other.key());
        assertThat(audited(buyer.id(), "user.data_exported")).isEqualTo(1);
    }

    @Test
    void erasureIsRefusedToStaffAndLosesNothingWhenRefused() {
        Buyer buyer = buyer();

        store.as(buyer.token())
                .body(Map.of("password", Platform.PASSWORD))
                .delete("/api/users/me")
                .then()
                .statusCode(400)
                .body("error.code", equalTo("BODY_NOT_ALLOWED"));
        store.as(admin).delete("/api/users/me").then().statusCode(403).body("error.code", equalTo("STAFF_ACCOUNT"));
        store.api().delete("/api/users/me").then().statusCode(401);

        store.as(buyer.token()).get("/api/users/me").then().statusCode(200).body("email", equalTo(buyer.email()));
        store.as(admin).get("/api/users/me").then().statusCode(200);
        Platform.licenseCall("validate", buyer.key(), "device-" + buyer.id())
                .then()
                .body("code", equalTo("VALID"));
    }

    @Test
    void anOrderWaitingForItsPaymentHoldsTheErasureBack() {
        Buyer buyer = buyer();
        Payments.placeOrder(store, buyer.token(), product);

        erase(buyer).then().statusCode(409).body("error.code", equalTo("PAYMENT_IN_PROGRESS"));
        store.as(buyer.token()).get("/api/users/me").then().statusCode(200);
    }

    @Test
    void anErasedAccountKeepsItsOrdersWithoutThePersonAndItsLicencesEnd() throws Exception {
        Buyer buyer = buyer();
        store.as(buyer.token())
                .body(Map.of("email_preferences", Map.of("newsletter", true)))
                .put("/api/users/me")
                .then()
                .statusCode(200);

        erase(buyer).then().statusCode(204);

        store.as(buyer.token()).get("/api/users/me").then().statusCode(401);
        store.api()
                .body(Map.of("email", buyer.email(), "password", Platform.PASSWORD))
                .post("/api/auth/login")
                .then()
                .statusCode(401);
        Platform.licenseCall("validate", buyer.key(), "device-" + buyer.id())
                .then()
                .statusCode(200)
                .body("valid", equalTo(false))
                .body("code", equalTo("REVOKED"));
        store.as(admin)
                .get("/api/orders/" + buyer.order())
                .then()
                .statusCode(200)
                .body("status", equalTo("paid"))
                .body("user_id", equalTo((int) buyer.id()));
        store.as(admin)
                .get("/api/users/" + buyer.id())
                .then()
                .statusCode(200)
                .body("email", equalTo("erased-" + buyer.id() + "@erased.invalid"))
                .body("name", equalTo("—"))
                .body("phone", equalTo(null));
        try (Connection db = Platform.database()) {
            assertThat(count(db, "consents WHERE user_id = ?", buyer.id())).isZero();
            assertThat(count(db, "notifications WHERE user_id = ?", buyer.id())).isZero();
            assertThat(count(db, "license_activations WHERE license_id = ? AND ip IS NOT NULL", buyer.license()))
                    .isZero();
            assertThat(count(db, "audit_logs WHERE actor_label = ?", buyer.email()))
                    .isZero();
        }
        assertThat(audited(buyer.id(), "user.erased")).isEqualTo(1);

        store.register(buyer.email());
        store.login(buyer.email());
    }

    private static long audited(long userId, String action) {
        try (Connection db = Platform.database()) {
            return count(db, "audit_logs WHERE target_id = ? AND action = '" + action + "'", Long.toString(userId));
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static long count(Connection db, String where, Object value) throws java.sql.SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT count(*) FROM " + store.schema() + "." + where)) {
            query.setObject(1, value);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
