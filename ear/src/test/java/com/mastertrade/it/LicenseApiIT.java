package com.mastertrade.it;

import static com.mastertrade.it.Platform.licenseCall;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The licence API as a WinDev program calls it: the key alone names the store and the licence. */
class LicenseApiIT {

    private static Platform.Store store;
    private static String admin;
    private static long productId;

    @BeforeAll
    static void aStoreWithAThreeSeatProduct() {
        store = Platform.openStore("lic");
        admin = store.adminToken();
        productId = store.createProduct(admin, "GESTION-PRO", 365, 3, 14);
    }

    private static long idOf(String key) {
        return store.as(admin)
                .queryParam("key", key)
                .get("/api/admin/licenses")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("items[0].id");
    }

    private static String newLicense() {
        return store.as(admin)
                .body(Map.of("product_id", productId))
                .post("/api/admin/licenses")
                .then()
                .statusCode(201)
                .extract()
                .path("key");
    }

    @Test
    void aFirstValidationActivatesTheDeviceAndEchoesTheNonce() {
        String key = newLicense();
        licenseCall("validate", key, "device-a")
                .then()
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("allowed", equalTo(true))
                .body("code", equalTo("VALID"))
                .body("status", equalTo("active"))
                .body("type", equalTo("subscription"))
                .body("expiry", notNullValue())
                .body("activations.used", equalTo(1))
                .body("activations.max", equalTo(3))
                .body("device_id", equalTo("device-a"))
                .body("nonce", equalTo(82734612))
                .body("key", equalTo(key))
                .body("product", equalTo("GESTION-PRO"))
                .body("ts", matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
        licenseCall("validate", key, "device-a").then().body("activations.used", equalTo(1));
    }

    @Test
    void aProgramOfAnotherProductTakesNoSlot() throws Exception {
        String key = newLicense();
        for (String path : new String[] {"validate", "activate"}) {
            Response answer = given().contentType(ContentType.JSON)
                    .body(Map.of("key", key, "device_id", "other-program", "nonce", 7, "product", "COMPTA-PLUS"))
                    .post("/api/license/" + path);
            assertThat(answer.statusCode()).isEqualTo(path.equals("validate") ? 200 : 409);
            assertThat(answer.path(path.equals("validate") ? "code" : "error.code")
                            .toString())
                    .isEqualTo("PRODUCT_MISMATCH");
        }
        assertThat(SlotRows.ofKey(store, key).assertConsistent().liveDevices()).isEmpty();
        licenseCall("deactivate", key, "other-program").then().statusCode(200).body("activations.used", equalTo(0));
    }

    @Test
    void aRevokedOrSuspendedLicenseGivesNoSlotToANewDevice() throws Exception {
        for (String change : new String[] {"revoke", "suspend"}) {
            String key = newLicense();
            licenseCall("activate", key, "first-pc").then().statusCode(200);
            store.as(admin)
                    .body(Map.of("reason", "test"))
                    .post("/api/admin/licenses/" + idOf(key) + "/" + change)
                    .then()
                    .statusCode(200);
            licenseCall("activate", key, "second-pc")
                    .then()
                    .statusCode(409)
                    .body("error.code", equalTo(change.equals("revoke") ? "REVOKED" : "SUSPENDED"));
            licenseCall("validate", key, "third-pc").then().statusCode(200).body("allowed", equalTo(false));
            assertThat(SlotRows.ofKey(store, key).assertConsistent().liveDevices())
                    .as("after %s", change)
                    .containsExactly("first-pc");
        }
    }

    @Test
    void answersAndRefusalsAreSignedByTheKeysStoreWithTheAlgorithmAsked() {
        String key = newLicense();
        List<Map<String, String>> keys = SignedAnswers.keysOf(store);
        assertThat(SignedAnswers.verify(licenseCall("validate", key, "signed-1"), keys))
                .hasToString("RSA_SHA256");
        Response ed25519 = given().contentType(ContentType.JSON)
                .header("Mastertrade-Accept-Signature", "algorithm=\"ed25519\"")
                .body(Map.of("key", key, "device_id", "signed-1", "nonce", "n-1"))
                .post("/api/license/validate");
        assertThat(SignedAnswers.verify(ed25519, keys)).hasToString("ED25519");
        ed25519.then().body("nonce", equalTo("n-1"));
        for (String device : new String[] {"signed-2", "signed-3"}) {
            licenseCall("activate", key, device).then().statusCode(200);
        }
        Response refused = licenseCall("activate", key, "signed-4");
        refused.then().statusCode(409).body("error.code", equalTo("TOO_MANY_ACTIVATIONS"));
        SignedAnswers.verify(refused, keys);
    }

    @Test
    void aSuspendedStoresLicenseApiRefusesWithASignedAnswer() {
        Platform.Store suspended = Platform.openStore("lic-susp");
        String staff = suspended.adminToken();
        long product = suspended.createProduct(staff, "SUSP-KIT", 365, 1, 0);
        long id = suspended.issueLicense(staff, Map.of("product_id", product));
        String key = suspended.licenseKey(staff, id);
        List<Map<String, String>> keys = SignedAnswers.keysOf(suspended);
        Platform.asOperator()
                .post("/operator/api/tenants/" + suspended.slug() + "/suspend")
                .then()
                .statusCode(200);

        Response named = suspended
                .api()
                .body(Map.of("key", key, "device_id", "box", "nonce", 1))
                .post("/api/license/validate");
        named.then().statusCode(403).body("error.code", equalTo("TENANT_SUSPENDED"));
        SignedAnswers.verify(named, keys);
        Response byKey = licenseCall("validate", key, "box");
        byKey.then().statusCode(403).body("error.code", equalTo("TENANT_SUSPENDED"));
        SignedAnswers.verify(byKey, keys);
        suspended.api().get("/api/products").then().statusCode(403).body("error.code", equalTo("TENANT_SUSPENDED"));
    }

    @Test
    void oneTrialPerEmailAndProductEvenWhenAskedFiveTimesAtOnce() throws Exception {
        store.register("curious@lic.test");
        String customer = store.login("curious@lic.test");
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            calls.add(() ->
                    store.as(customer).body(Map.of("product_id", productId)).post("/api/licenses/trial"));
        }
        List<Response> answers = Concurrently.all(5, calls);
        assertThat(answers)
                .extracting(Response::statusCode)
                .containsOnly(201, 409)
                .filteredOn(s -> s == 201)
                .hasSize(1);
        Response trial =
                answers.stream().filter(a -> a.statusCode() == 201).findFirst().orElseThrow();
        trial.then().body("status", equalTo("trial")).body("type", equalTo("subscription"));
        answers.stream()
                .filter(a -> a.statusCode() == 409)
                .forEach(refused -> refused.then().body("error.code", equalTo("TRIAL_ALREADY_USED")));
        licenseCall("validate", trial.path("key"), "trial-box")
                .then()
                .body("code", equalTo("VALID"))
                .body("status", equalTo("trial"));
        store.api()
                .body(Map.of("product_id", productId))
                .post("/api/licenses/trial")
                .then()
                .statusCode(401);
    }

    @Test
    void aPlusTagOrGmailsDotsDoNotMakeASecondTrial() {
        for (String[] pair : new String[][] {
            {"taster@lic.test", "Taster+again@lic.test"}, {"ta.ster@gmail.com", "taster+2@googlemail.com"}
        }) {
            store.register(pair[0]);
            store.as(store.login(pair[0]))
                    .body(Map.of("product_id", productId))
                    .post("/api/licenses/trial")
                    .then()
                    .statusCode(201);
            store.register(pair[1].toLowerCase(java.util.Locale.ROOT));
            store.as(store.login(pair[1]))
                    .body(Map.of("product_id", productId))
                    .post("/api/licenses/trial")
                    .then()
                    .statusCode(409)
                    .body("error.code", equalTo("TRIAL_ALREADY_USED"));
        }
    }

    @Test
    void unknownAndMalformedKeysAreNotFoundWithTheSameAnswer() {
        for (String key : new String[] {"MT-00000000-0000-4000-8000-000000000000", "not-a-key", "MT-' OR 1=1 --"}) {
            licenseCall("validate", key, "device-a")
                    .then()
                    .statusCode(200)
                    .body("valid", equalTo(false))
                    .body("allowed", equalTo(false))
                    .body("code", equalTo("NOT_FOUND"))
                    .body("status", nullValue())
                    .body("product", nullValue());
        }
        licenseCall("activate", "MT-00000000-0000-4000-8000-000000000000", "device-a")
                .then()
                .statusCode(404)
                .body("error.code", equalTo("NOT_FOUND"));
    }

    @Test
    void aKeyNamedInAnotherStoreIsNotFound() {
        String key = newLicense();
        Platform.Store other = Platform.openStore("lic-other");
        given().contentType(ContentType.JSON)
                .header("X-Tenant", other.slug())
                .body(Map.of("key", key, "device_id", "device-a"))
                .post("/api/license/validate")
                .then()
                .statusCode(200)
                .body("code", equalTo("NOT_FOUND"));
        given().contentType(ContentType.JSON)
                .header("X-Tenant", store.slug())
                .body(Map.of("key", key, "device_id", "device-a"))
                .post("/api/license/validate")
                .then()
                .statusCode(200)
                .body("code", equalTo("VALID"));
    }

    @Test
    void badDeviceIdsAreSigned422s() {
        String key = newLicense();
        List<Map<String, String>> keys = SignedAnswers.keysOf(store);
        for (String path : new String[] {"validate", "activate", "heartbeat", "deactivate"}) {
            for (String device : new String[] {"", "x".repeat(10_240)}) {
                Response refused = licenseCall(path, key, device);
                refused.then().statusCode(422).body("error.field", equalTo("device_id"));
                SignedAnswers.verify(refused, keys);
            }
        }
        given().contentType(ContentType.JSON)
                .body("{\"key\": ")
                .post("/api/license/validate")
                .then()
                .statusCode(400)
                .body("error.code", equalTo("MALFORMED_JSON"));
    }

    @Test
    void bodiesRefusedAsTheyAreReadAreSignedByTheKeysStore() {
        String key = newLicense();
        List<Map<String, String>> keys = SignedAnswers.keysOf(store);
        String call = "{\"key\": \"" + key + "\", \"device_id\": ";
        String[][] refusals = {
            {call + "\"pc\\u0000\"}", "422", "device_id"},
            {call + "5}", "422", "device_id"},
            {call + "\"pc\", \"nonce\": [\"\\u001b\"]}", "422", "nonce[0]"},
            {call + "\"pc\"}xyz", "400", null},
            {call + "\"pc\"", "400", null},
        };
        for (String path : new String[] {"validate", "activate", "heartbeat", "deactivate"}) {
            for (String[] refusal : refusals) {
                Response refused =
                        given().contentType(ContentType.JSON).body(refusal[0]).post("/api/license/" + path);
                refused.then().statusCode(Integer.parseInt(refusal[1])).body("error.field", equalTo(refusal[2]));
                SignedAnswers.verify(refused, keys);
            }
        }
        licenseCall("validate", key, "other-pc").then().statusCode(200).body("activations.used", equalTo(1));
    }

    @Test
    void aFourthDeviceFindsNoSlotUntilOneIsFreed() throws Exception {
        String key = newLicense();
        for (String device : new String[] {"d1", "d2", "d3"}) {
            licenseCall("activate", key, device).then().statusCode(200).body("code", equalTo("VALID"));
        }
        licenseCall("activate", key, "d1").then().statusCode(200).body("activations.used", equalTo(3));
        licenseCall("activate", key, "d4").then().statusCode(409).body("error.code", equalTo("TOO_MANY_ACTIVATIONS"));
        assertThat(SlotRows.ofKey(store, key).assertConsistent().liveDevices()).containsExactly("d1", "d2", "d3");
        licenseCall("validate", key, "d4")
                .then()
                .statusCode(200)
                .body("code", equalTo("TOO_MANY_ACTIVATIONS"))
                .body("valid", equalTo(true))
                .body("allowed", equalTo(false));
        licenseCall("deactivate", key, "d2")
                .then()
                .statusCode(200)
                .body("activations.used", equalTo(2))
                .body("valid", equalTo(true))
                .body("allowed", equalTo(false));
        licenseCall("activate", key, "d4").then().statusCode(200).body("activations.used", equalTo(3));
    }

    @Test
    void heartbeatsAreCheapTelemetryAndRateLimited() {
        String key = newLicense();
        licenseCall("activate", key, "beater").then().statusCode(200);
        Response beat = given().contentType(ContentType.JSON)
                .body(Map.of("key", key, "device_id", "beater", "app_version", "5.2.1"))
                .post("/api/license/heartbeat");
        beat.then().statusCode(200).body("ok", equalTo(true)).body("next_heartbeat_in", equalTo(3600));
        given().contentType(ContentType.JSON)
                .body(Map.of("key", key, "device_id", "stranger"))
                .post("/api/license/heartbeat")
                .then()
                .statusCode(200)
                .body("ok", equalTo(false));
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("key", key, "device_id", "beater"))
                    .post("/api/license/heartbeat")
                    .then()
                    .statusCode(200);
        }
        Response limited = given().contentType(ContentType.JSON)
                .body(Map.of("key", key, "device_id", "beater"))
                .post("/api/license/heartbeat");
        limited.then()
                .statusCode(429)
                .body("error.code", equalTo("TOO_MANY_HEARTBEATS"))
                .header("Retry-After", notNullValue());
        SignedAnswers.verify(limited, SignedAnswers.keysOf(store));
    }

    @Test
    void fiftyDevicesActivatingAtOnceTakeExactlyThreeSlots() throws Exception {
        String key = newLicense();
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String device = "rush-" + i;
            calls.add(() -> device + ":" + licenseCall("activate", key, device).statusCode());
        }
        calls.add(() -> "rush-0:" + licenseCall("activate", key, "rush-0").statusCode());
        List<String> answers = Concurrently.all(25, calls);
        List<String> allowed = answers.stream()
                .filter(a -> a.endsWith(":200"))
                .map(a -> a.substring(0, a.indexOf(':')))
                .toList();
        assertThat(answers).allMatch(a -> a.endsWith(":200") || a.endsWith(":409"));
        assertThat(allowed.stream().distinct()).hasSize(3);
        assertThat(SlotRows.ofKey(store, key).assertConsistent().liveDevices())
                .containsExactlyInAnyOrderElementsOf(allowed.stream().distinct().toList());
        licenseCall("validate", key, "someone-else")
                .then()
                .body("activations.used", equalTo(3))
                .body("code", equalTo("TOO_MANY_ACTIVATIONS"));
    }
}
