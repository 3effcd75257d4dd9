package com.mastertrade.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the store's staff do to licences, and what customers and devices see of it. */
class LicenseAdministrationIT {

    private static Platform.Store store;
    private static String admin;
    private static long productId;

    @BeforeAll
    static void aStoreWithAProduct() {
        store = Platform.openStore("licadm");
        admin = store.adminToken();
        productId = store.createProduct(admin, "PAIE-PLUS", 30, 2, 0);
    }

    private static long issue(Long userId) {
        Map<String, Object> body =
                userId == null ? Map.of("product_id", productId) : Map.of("product_id", productId, "user_id", userId);
        return store.as(admin)
                .body(body)
                .post("/api/admin/licenses")
                .then()
                .statusCode(201)
                .body("status", equalTo("active"))
                .body("max_activations", equalTo(2))
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static String validate(String key, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("key", key, "device_id", "desk-1"));
        body.putAll(extra);
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/license/validate")
                .then()
                .statusCode(200)
                .extract()
                .path("code");
    }

    @Test
    void revokedAndSuspendedLicensesAnswerTheirCodeAndTheAuditLogSaysWhy() throws Exception {
        long revoked = issue(null);
        String key = store.licenseKey(admin, revoked);
        assertThat(validate(key, Map.of())).isEqualTo("VALID");
        store.as(admin)
                .body(Map.of("reason", "refunded"))
                .post("/api/admin/licenses/" + revoked + "/revoke")
                .then()
                .statusCode(200)
                .body("status", equalTo("revoked"));
        assertThat(validate(key, Map.of())).isEqualTo("REVOKED");
        store.as(admin)
                .body(Map.of())
                .post("/api/admin/licenses/" + revoked + "/renew")
                .then()
                .statusCode(409)
                .body("error.code", equalTo("LICENSE_REVOKED"));

        long suspended = issue(null);
        store.as(admin)
                .body(Map.of("reason", ""))
                .post("/api/admin/licenses/" + suspended + "/suspend")
                .then()
                .statusCode(422)
                .body("error.field", equalTo("reason"));
        store.as(admin)
                .body(Map.of("reason", "chargeback"))
                .post("/api/admin/licenses/" + suspended + "/suspend")
                .then()
                .statusCode(200)
                .body("status", equalTo("suspended"));
        assertThat(validate(store.licenseKey(admin, suspended), Map.of())).isEqualTo("SUSPENDED");
        store.as(admin)
                .post("/api/admin/licenses/" + suspended + "/reinstate")
                .then()
                .statusCode(200)
                .body("status", equalTo("active"));
        assertThat(validate(store.licenseKey(admin, suspended), Map.of())).isEqualTo("VALID");

        try (Connection db = DriverManager.getConnection(
                        System.getProperty("mt.db.url"),
                        System.getProperty("mt.db.user", "postgres"),
                        System.getProperty("mt.db.password", ""));
                PreparedStatement query =
                        db.prepareStatement("SELECT action, details->>'reason', actor_label FROM tenant_"
                                + store.slug().replace('-', '_')
                                + ".audit_logs WHERE target_type = 'license' AND target_id = ?")) {
            query.setString(1, Long.toString(revoked));
            try (ResultSet rows = query.executeQuery()) {
                boolean found = false;
                while (rows.next()) {
                    if (rows.getString(1).equals("license.revoked")) {
                        found = true;
                        assertThat(rows.getString(2)).isEqualTo("refunded");
                        assertThat(rows.getString(3)).isEqualTo(store.adminEmail());
                    }
                }
                assertThat(found).as("audit entry of the revocation").isTrue();
            }
        }
    }

    @Test
    void staffFindLicensesByStatusUserAndTheBeginningOfTheKey() {
        long buyer = store.register("buyer@licadm.test");
        long mine = issue(buyer);
        long revoked = issue(null);
        store.as(admin)
                .body(Map.of("reason", "test"))
                .post("/api/admin/licenses/" + revoked + "/revoke")
                .then()
                .statusCode(200);
        String key = store.licenseKey(admin, mine);

        store.as(admin)
                .queryParam("user_id", buyer)
                .get("/api/admin/licenses")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo((int) mine));
        store.as(admin)
                .queryParam("status", "revoked")
                .queryParam("size", 100)
                .get("/api/admin/licenses")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) revoked))
                .body("items.status", everyItem(equalTo("revoked")));
        store.as(admin)
                .queryParam("key", key.substring(0, 14).toUpperCase(Locale.ROOT))
                .get("/api/admin/licenses")
                .then()
                .statusCode(200)
                .body("items.key", hasItem(key));
        store.as(admin)
                .queryParam("key", "%-")
                .get("/api/admin/licenses")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        store.as(admin)
                .queryParam("status", "lost")
                .get("/api/admin/licenses")
                .then()
                .statusCode(422)
                .body("error.field", equalTo("status"));
        store.as(store.login("buyer@licadm.test"))
                .get("/api/admin/licenses")
                .then()
                .statusCode(403);
    }

    @Test
    void staffMayIssueALicenceUntilADateOfTheirChoosing() {
        Instant end = Instant.now().plus(Duration.ofDays(90)).truncatedTo(ChronoUnit.SECONDS);
        assertThat(issuedUntil(end.toString())).isEqualTo(end);
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(10);
        assertThat(issuedUntil(day.toString()))
                .as("a date: through that day")
                .isEqualTo(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        for (String refused : new String[] {"2020-01-01", "next year", "2027-02-30"}) {
            store.as(admin)
                    .body(Map.of("product_id", productId, "expiry_date", refused))
                    .post("/api/admin/licenses")
                    .then()
                    .statusCode(422)
                    .body("error.field", equalTo("expiry_date"));
        }
    }

    private static Instant issuedUntil(String expiryDate) {
        String expiry = store.as(admin)
                .body(Map.of("product_id", productId, "expiry_date", expiryDate))
                .post("/api/admin/licenses")
                .then()
                .statusCode(201)
                .extract()
                .path("expiry_date");
        return Instant.parse(expiry);
    }

    @Test
    void renewalExtendsFromTheExpiry() {
        long id = issue(null);
        String before = store.as(admin)
                .get("/api/admin/licenses/" + id)
                .then()
                .extract()
                .path("expiry_date");
        String after = store.as(admin)
                .body(Map.of("days", 10))
                .post("/api/admin/licenses/" + id + "/renew")
                .then()
                .statusCode(200)
                .extract()
                .path("expiry_date");
        assertThat(Instant.parse(after)).isEqualTo(Instant.parse(before).plus(Duration.ofDays(10)));
        store.as(admin)
                .body(Map.of("days", 2.5))
                .post("/api/admin/licenses/" + id + "/renew")
                .then()
                .statusCode(422)
                .body("error.field", equalTo("days"));
    }

    @Test
    void aProgramOfAnotherProductGetsProductMismatchAndTakesNoSlot() throws Exception {
        String key = store.licenseKey(admin, issue(null));
        assertThat(validate(key, Map.of("product", "GESTION-PRO"))).isEqualTo("PRODUCT_MISMATCH");
        assertThat(SlotRows.ofKey(store, key).assertConsistent().liveDevices()).isEmpty();
        assertThat(validate(key, Map.of("product", "paie-plus"))).isEqualTo("VALID");
        given().contentType(ContentType.JSON)
                .body(Map.of("key", key, "device_id", "other"))
                .post("/api/license/validate")
                .then()
                .body("activations.used", equalTo(2));
        assertThat(SlotRows.ofKey(store, key).assertConsistent().liveDevices()).containsExactly("desk-1", "other");
    }

    @Test
    void anOfflineFileIsBoundToAnActivatedDeviceAndVerifiesWithThePublicKeyAlone() {
        long owner = store.register("offline@licadm.test");
        long id = issue(owner);
        String token = store.login("offline@licadm.test");
        store.as(token)
                .queryParam("device_id", "laptop-7")
                .get("/api/licenses/" + id + "/file")
                .then()
                .statusCode(409)
                .body("error.code", equalTo("DEVICE_NOT_ACTIVATED"));
        given().contentType(ContentType.JSON)
                .body(Map.of("key", store.licenseKey(admin, id), "device_id", "laptop-7"))
                .post("/api/license/activate")
                .then()
                .statusCode(200);

        Map<String, String> file = store.as(token)
                .queryParam("device_id", "laptop-7")
                .queryParam("days", 10)
                .get("/api/licenses/" + id + "/file")
                .then()
                .statusCode(200)
                .body("format", equalTo("mastertrade-license-file/1"))
                .extract()
                .jsonPath()
                .getMap("$");
        byte[] document = Base64.getDecoder().decode(file.get("document"));
        List<Map<String, String>> keys = SignedAnswers.keysOf(store);
        SignedAnswers.verify(file.get("signature"), document, keys);
        String json = new String(document, StandardCharsets.UTF_8);
        assertThat(json).contains("\"device_id\":\"laptop-7\"", "\"product\":\"PAIE-PLUS\"", "\"status\":\"active\"");
        assertThat(Instant.parse(file.get("valid_until")))
                .isBetween(Instant.now().plus(Duration.ofDays(9)), Instant.now().plus(Duration.ofDays(11)));
        document[document.length - 2] ^= 1;
        SignedAnswers.Header signature = SignedAnswers.Header.parse(file.get("signature"));
        String pem = keys.stream()
                .filter(k -> k.get("kid").equals(signature.kid()))
                .findFirst()
                .orElseThrow()
                .get("public_key_pem");
        assertThat(SignedAnswers.verifies(signature.algorithm(), pem, document, signature.signature()))
                .isFalse();

        store.as(token)
                .queryParam("device_id", "laptop-7")
                .queryParam("days", 120)
                .get("/api/licenses/" + id + "/file")
                .then()
                .statusCode(422)
                .body("error.field", equalTo("days"));
        store.as(store.login(store.adminEmail()))
                .queryParam("device_id", "laptop-7")
                .get("/api/licenses/" + id + "/file")
                .then()
                .statusCode(200);
        store.register("stranger@licadm.test");
        store.as(store.login("stranger@licadm.test"))
                .queryParam("device_id", "laptop-7")
                .get("/api/licenses/" + id + "/file")
                .then()
                .statusCode(404)
                .body("error.code", equalTo("LICENSE_NOT_FOUND"));
    }

    /** The spec's "procédure support": no slot left because a PC died; its owner or support frees its slot. */
    @Test
    void aDeadPcsSlotIsFreedByItsOwnerOrBySupportAndTheAuditLogSaysWho() throws Exception {
        long owner = store.register("two-pcs@licadm.test");
        long id = issue(owner);
        String key = store.licenseKey(admin, id);
        String token = store.login("two-pcs@licadm.test");
        for (String device : new String[] {"dead-pc", "office-pc"}) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("key", key, "device_id", device, "device_name", device))
                    .post("/api/license/activate")
                    .then()
                    .statusCode(200);
        }
        given().contentType(ContentType.JSON)
                .body(Map.of("key", key, "device_id", "new-pc"))
                .post("/api/license/activate")
                .then()
                .statusCode(409)
                .body("error.code", equalTo("TOO_MANY_ACTIVATIONS"));
        store.as(token)
                .get("/api/licenses/" + id + "/activations")
                .then()
                .statusCode(200)
                .body("device_id", contains("dead-pc", "office-pc"))
                .body("device_name", contains("dead-pc", "office-pc"));

        store.register("nosy@licadm.test");
        store.as(store.login("nosy@licadm.test"))
                .delete("/api/licenses/" + id + "/activations/dead-pc")
                .then()
                .statusCode(404)
                .body("error.code", equalTo("LICENSE_NOT_FOUND"));
        assertThat(SlotRows.ofId(store, id).assertConsistent().liveDevices()).containsExactly("dead-pc", "office-pc");
        store.as(token)
                .delete("/api/licenses/" + id + "/activations/dead-pc")
                .then()
                .statusCode(200)
                .body("activations_count", equalTo(1));
        store.as(token)
                .delete("/api/licenses/" + id + "/activations/dead-pc")
                .then()
                .statusCode(404)
                .body("error.code", equalTo("ACTIVATION_NOT_FOUND"));
        assertThat(validate(key, Map.of("device_id", "dead-pc"))).isEqualTo("VALID");
        store.as(admin)
                .delete("/api/licenses/" + id + "/activations/dead-pc")
                .then()
                .statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("key", key, "device_id", "new-pc"))
                .post("/api/license/activate")
                .then()
                .statusCode(200);
        store.as(admin)
                .get("/api/licenses/" + id + "/activations")
                .then()
                .body("device_id", contains("office-pc", "new-pc"));

        try (Connection db = DriverManager.getConnection(
                        System.getProperty("mt.db.url"),
                        System.getProperty("mt.db.user", "postgres"),
                        System.getProperty("mt.db.password", ""));
                PreparedStatement query = db.prepareStatement(
                        "SELECT actor_label FROM tenant_" + store.slug().replace('-', '_')
                                + ".audit_logs WHERE action = 'license.device_released' AND target_id = ? ORDER BY id")) {
            query.setString(1, Long.toString(id));
            List<String> actors = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    actors.add(rows.getString(1));
                }
            }
            assertThat(actors).containsExactly("two-pcs@licadm.test", store.adminEmail());
        }
        assertThat(SlotRows.ofId(store, id).assertConsistent().liveDevices()).containsExactly("new-pc", "office-pc");
    }

    @Test
    void customersSeeTheirOwnLicensesOnly() {
        long awa = store.register("awa@licadm.test");
        long kofi = store.register("kofi@licadm.test");
        long awasLicense = issue(awa);
        String awaToken = store.login("awa@licadm.test");
        String kofiToken = store.login("kofi@licadm.test");

        store.as(awaToken)
                .get("/api/licenses/" + awasLicense)
                .then()
                .statusCode(200)
                .body("user_id", equalTo((int) awa));
        store.as(kofiToken)
                .get("/api/licenses/" + awasLicense)
                .then()
                .statusCode(404)
                .body("error.code", equalTo("LICENSE_NOT_FOUND"));
        store.as(awaToken)
                .get("/api/users/" + awa + "/licenses")
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("id", hasItem((int) awasLicense));
        store.as(kofiToken).get("/api/users/" + awa + "/licenses").then().statusCode(404);
        store.as(admin)
                .get("/api/users/" + kofi + "/licenses")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
        store.as(awaToken)
                .body(Map.of("product_id", productId))
                .post("/api/admin/licenses")
                .then()
                .statusCode(403);
        store.as(awaToken)
                .body(Map.of("product_id", productId))
                .post("/api/licenses/trial")
                .then()
                .statusCode(409)
                .body("error.code", equalTo("NO_TRIAL"));
    }
}
