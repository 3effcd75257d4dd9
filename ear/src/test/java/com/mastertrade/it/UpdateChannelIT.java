package com.mastertrade.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An installed program's update check, as a WinDev program makes it: no sign-in, the key names the store, and
 * every answer is verified with the JDK against the store's published keys before anything in it is believed.
 */
class UpdateChannelIT {

    private static Platform.Store store;
    private static String admin;
    private static List<Map<String, String>> keys;

    @BeforeAll
    static void openStore() {
        store = Platform.openStore("updates");
        admin = store.adminToken();
    }

    /** A product with release 1.0, and a customer's licence of it validated on a device. */
    private record Program(long product, String key, String device) {}

    private static Program installed() throws Exception {
        long product =
                store.createProduct(admin, "UPD-" + UUID.randomUUID().toString().substring(0, 6), 365, 2, 0);
        Downloads.publish(store, admin, product, "1.0", Tus.file(4000));
        String email = "p-" + UUID.randomUUID().toString().substring(0, 8) + "@" + store.slug() + ".test";
        long user = store.register(email);
        long license = store.issueLicense(admin, Map.of("product_id", product, "user_id", user));
        String key = store.licenseKey(admin, license);
        String device = "sha256-" + UUID.randomUUID();
        Platform.licenseCall("validate", key, device).then().statusCode(200).body("code", equalTo("VALID"));
        keys = SignedAnswers.keysOf(store);
        return new Program(product, key, device);
    }

    private static Response check(Program program, String version, String channel) {
        Map<String, Object> body = new HashMap<>();
        body.put("key", program.key());
        body.put("device_id", program.device());
        body.put("version", version);
        body.put("nonce", 4242);
        if (channel != null) {
            body.put("channel", channel);
        }
        Response answer = given().contentType(ContentType.JSON).body(body).post("/api/license/update");
        SignedAnswers.verify(answer, keys);
        return answer;
    }

    @Test
    void anUpToDateProgramIsToldSoSigned() throws Exception {
        Program program = installed();
        check(program, "1.0", null)
                .then()
                .statusCode(200)
                .body("update_available", equalTo(false))
                .body("version", nullValue())
                .body("url", nullValue())
                .body("key", equalTo(program.key()))
                .body("device_id", equalTo(program.device()))
                .body("nonce", equalTo(4242));
    }

    @Test
    void afterAnAdminPublishesANewerReleaseTheProgramGetsASignedOfferAndItsLinkGivesTheBytes() throws Exception {
        Program program = installed();
        byte[] installer = Tus.file(70_000);
        Downloads.publish(store, admin, program.product(), "1.1", installer);

        Response offer = check(program, "1.0", null);
        offer.then()
                .statusCode(200)
                .body("update_available", equalTo(true))
                .body("version", equalTo("1.1"))
                .body("mandatory", equalTo(false))
                .body("changelog", equalTo("Version 1.1"))
                .body("size", equalTo(installer.length))
                .body("sha256", equalTo(Tus.sha256(installer)))
                .body("nonce", equalTo(4242));
        String url = offer.path("url");
        assertThat(url).contains("/t/" + store.slug() + "/api/downloads/");
        assertThat(offer.<String>path("expires_at")).isNotNull();
        byte[] downloaded = given().urlEncodingEnabled(false)
                .get(url)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(Tus.sha256(downloaded)).isEqualTo(Tus.sha256(installer));

        check(program, "1.1", null).then().body("update_available", equalTo(false));
        check(program, "2.0", null).then().body("update_available", equalTo(false));
    }

    @Test
    void anUpdateIsMandatoryWhenItOrAReleaseItSkipsIs() throws Exception {
        Program program = installed();
        Downloads.publish(store, admin, program.product(), "1.2", Tus.file(100), Map.of("mandatory", true));
        Downloads.publish(store, admin, program.product(), "1.3", Tus.file(101));
        check(program, "1.0", null).then().body("version", equalTo("1.3")).body("mandatory", equalTo(true));
        check(program, "1.2", null).then().body("version", equalTo("1.3")).body("mandatory", equalTo(false));
    }

    @Test
    void betaProgramsAlsoGetBetaReleasesAndStableOnesDoNot() throws Exception {
        Program program = installed();
        Downloads.publish(store, admin, program.product(), "1.1-beta1", Tus.file(300), Map.of("channel", "beta"));
        check(program, "1.0", null).then().body("update_available", equalTo(false));
        check(program, "1.0", "beta")
                .then()
                .body("update_available", equalTo(true))
                .body("version", equalTo("1.1-beta1"));
        check(program, "1.0", "nightly").then().statusCode(422).body("error.field", equalTo("channel"));
    }

    @Test
    void refusalsAreSignedAsTheLicenceApiSignsThem() throws Exception {
        Program program = installed();
        Program stranger = new Program(program.product(), program.key(), "sha256-never-validated");
        check(stranger, "1.0", null).then().statusCode(409).body("error.code", equalTo("DEVICE_NOT_ACTIVATED"));
        check(program, "not a version", null).then().statusCode(422).body("error.field", equalTo("version"));

        Response wrongType = given().contentType(ContentType.JSON)
                .body("{\"key\": \"" + program.key() + "\", \"device_id\": \"d\", \"version\": 12}")
                .post("/api/license/update");
        wrongType.then().statusCode(422);
        SignedAnswers.verify(wrongType, keys);

        Response unknown = given().contentType(ContentType.JSON)
                .body(Map.of("key", "MT-" + UUID.randomUUID(), "device_id", "d", "version", "1.0"))
                .post(store.path("/api/license/update"));
        unknown.then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        SignedAnswers.verify(unknown, keys);

        long license = store.as(admin)
                .get("/api/admin/licenses?key=" + program.key())
                .then()
                .extract()
                .jsonPath()
                .getLong("items[0].id");
        store.as(admin)
                .body(Map.of("reason", "refund"))
                .post("/api/admin/licenses/" + license + "/revoke")
                .then()
                .statusCode(200);
        check(program, "1.0", null).then().statusCode(409).body("error.code", equalTo("REVOKED"));
    }

    @Test
    void aProgramMayAskForAnEd25519Signature() throws Exception {
        Program program = installed();
        Response answer = given().contentType(ContentType.JSON)
                .header(SignedAnswers.ACCEPT_HEADER, "algorithm=\"ed25519\"")
                .body(Map.of("key", program.key(), "device_id", program.device(), "version", "1.0", "nonce", "n-1"))
                .post("/api/license/update");
        answer.then().statusCode(200).body("nonce", equalTo("n-1"));
        assertThat(SignedAnswers.verify(answer, keys)).isEqualTo(SignedAnswers.Algorithm.ED25519);
    }
}
