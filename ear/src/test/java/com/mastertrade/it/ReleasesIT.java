package com.mastertrade.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A product's releases against the deployed platform: a draft from an upload, published only once its file is
 * complete, current per channel, the rollback in one audited action, yanking, what customers see, and another
 * store that can neither see nor touch them.
 */
class ReleasesIT {

    private static Platform.Store store;
    private static String admin;
    private static Tus tus;

    @BeforeAll
    static void openStore() {
        store = Platform.openStore("releases");
        admin = store.adminToken();
        tus = new Tus(store, admin);
    }

    private static long product(String sku) {
        return store.createProduct(
                admin, sku + "-" + UUID.randomUUID().toString().substring(0, 6), 365, 2, 0);
    }

    private static Map<String, Object> release(String version, String upload) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("upload", upload);
        body.put("changelog", "Version " + version);
        return body;
    }

    private static ValidatableResponse create(long product, Map<String, Object> body) {
        return store.as(admin)
                .body(body)
                .post("/api/admin/products/" + product + "/releases")
                .then();
    }

    private static long published(long product, String version, byte[] file) throws Exception {
        String upload = tus.upload(file, "setup-" + version + ".exe", 64 * 1024);
        long id = create(product, release(version, upload))
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        store.as(admin).post("/api/admin/releases/" + id + "/publish").then().statusCode(200);
        return id;
    }

    @Test
    void aDraftFromAnUploadIsPublishedWithTheServersSizeAndSha256() throws Exception {
        long product = product("REL-FLOW");
        byte[] file = Tus.file(200_000);
        String upload = tus.upload(file, "GestCom Setup 2.1.exe", 50_000);
        Map<String, Object> body = release("2.1.0.45", upload);
        body.put("platform", "Windows-x64");
        body.put("size", 1);
        body.put("sha256", "0".repeat(64));

        long id = create(product, body)
                .statusCode(201)
                .header("Location", containsString("/t/" + store.slug() + "/api/admin/releases/"))
                .body("status", equalTo("draft"))
                .body("current", equalTo(false))
                .body("platform", equalTo("windows-x64"))
                .body("channel", equalTo("stable"))
                .body("size", equalTo(file.length))
                .body("sha256", equalTo(Tus.sha256(file)))
                .body("file_name", equalTo("GestCom Setup 2.1.exe"))
                .extract()
                .jsonPath()
                .getLong("id");

        store.as(admin)
                .post("/api/admin/releases/" + id + "/publish")
                .then()
                .statusCode(200)
                .body("status", equalTo("published"))
                .body("current", equalTo(true))
                .body("published_at", notNullValue());
        given().get(store.path("/api/products/" + product + "/releases"))
                .then()
                .statusCode(200)
                .body("version", contains("2.1.0.45"))
                .body("sha256", contains(Tus.sha256(file)));
        given().get(store.path("/api/products/" + product))
                .then()
                .body("version", equalTo("2.1.0.45"))
                .body("size", equalTo(file.length))
                .body("checksum", equalTo(Tus.sha256(file)));
        store.as(admin)
                .post("/api/admin/releases/" + id + "/publish")
                .then()
                .statusCode(409)
                .body("error.code", equalTo("RELEASE_NOT_DRAFT"));
    }

    @Test
    void aReleaseIsNotPublishedBeforeItsFileIsCompleteAndThenItIs() throws Exception {
        long product = product("REL-HALF");
        byte[] file = Tus.file(100_000);
        URI upload = tus.location(file.length, "half.exe");
        tus.patch(upload, 0, Arrays.copyOfRange(file, 0, 40_000));

        long id = create(product, release("1.0", Tus.idOf(upload)))
                .statusCode(201)
                .body("size", nullValue())
                .body("sha256", nullValue())
                .extract()
                .jsonPath()
                .getLong("id");
        store.as(admin)
                .post("/api/admin/releases/" + id + "/publish")
                .then()
                .statusCode(409)
                .body("error.code", equalTo("RELEASE_FILE_INCOMPLETE"));
        given().get(store.path("/api/products/" + product + "/releases")).then().body("$", empty());

        assertThat(tus.patch(upload, 40_000, Arrays.copyOfRange(file, 40_000, file.length))
                        .statusCode())
                .isEqualTo(204);
        store.as(admin)
                .get("/api/admin/releases/" + id)
                .then()
                .body("size", equalTo(file.length))
                .body("sha256", equalTo(Tus.sha256(file)));
        store.as(admin)
                .post("/api/admin/releases/" + id + "/publish")
                .then()
                .statusCode(200)
                .body("current", equalTo(true));
    }

    @Test
    void makingAnOlderReleaseCurrentIsTheRollbackAndItIsAudited() throws Exception {
        long product = product("REL-ROLL");
        long v1 = published(product, "1.9.0", Tus.file(3000));
        long v2 = published(product, "1.10.0", Tus.file(4000));

        store.as(admin).get("/api/admin/releases/" + v2).then().body("current", equalTo(true));
        store.as(admin).get("/api/admin/releases/" + v1).then().body("current", equalTo(false));
        given().get(store.path("/api/products/" + product + "/releases"))
                .then()
                .body("version", contains("1.10.0", "1.9.0"))
                .body("current", contains(true, false));

        store.as(admin)
                .post("/api/admin/releases/" + v1 + "/make-current")
                .then()
                .statusCode(200)
                .body("current", equalTo(true));
        store.as(admin).get("/api/admin/releases/" + v2).then().body("current", equalTo(false));
        given().get(store.path("/api/products/" + product)).then().body("version", equalTo("1.9.0"));
        assertThat(currentRows(product)).containsExactly(v1);

        assertThat(audit("release.made_current", v1))
                .singleElement()
                .satisfies(details -> assertThat(details)
                        .contains("\"rollback\": true", "\"previous\": " + v2, "\"previous_version\": \"1.10.0\""));

        store.as(admin)
                .post("/api/admin/releases/" + v1 + "/make-current")
                .then()
                .statusCode(200);
        assertThat(audit("release.made_current", v1))
                .as("already current: nothing to audit")
                .hasSize(1);
    }

    @Test
    void yankingTheCurrentReleaseHandsCurrentToTheNewestOther() throws Exception {
        long product = product("REL-YANK");
        long v1 = published(product, "3.0", Tus.file(1000));
        long v2 = published(product, "3.1", Tus.file(1001));

        store.as(admin)
                .post("/api/admin/releases/" + v2 + "/yank")
                .then()
                .statusCode(200)
                .body("status", equalTo("yanked"))
                .body("current", equalTo(false));
        store.as(admin).get("/api/admin/releases/" + v1).then().body("current", equalTo(true));
        given().get(store.path("/api/products/" + product + "/releases")).then().body("version", contains("3.0"));
        store.as(admin)
                .get("/api/admin/products/" + product + "/releases")
                .then()
                .body("status", contains("yanked", "published"));

        store.as(admin)
                .post("/api/admin/releases/" + v2 + "/yank")
                .then()
                .statusCode(409)
                .body("error.code", equalTo("RELEASE_NOT_PUBLISHED"));
        store.as(admin)
                .post("/api/admin/releases/" + v2 + "/make-current")
                .then()
                .statusCode(409)
                .body("error.code", equalTo("RELEASE_NOT_PUBLISHED"));
        assertThat(audit("release.yanked", v2)).singleElement().asString().contains("\"now_current\": " + v1);
    }

    @Test
    void customersSeeStableReleasesAndStaffBetaOnesToo() throws Exception {
        long product = product("REL-BETA");
        published(product, "1.0", Tus.file(500));
        String upload = tus.upload(Tus.file(501), "beta.exe", 501);
        Map<String, Object> beta = release("1.1-beta1", upload);
        beta.put("channel", "beta");
        long id = create(product, beta).statusCode(201).extract().jsonPath().getLong("id");
        store.as(admin)
                .post("/api/admin/releases/" + id + "/publish")
                .then()
                .body("current", equalTo(true))
                .body("channel", equalTo("beta"));

        given().get(store.path("/api/products/" + product + "/releases")).then().body("version", contains("1.0"));
        store.as(admin)
                .get("/api/products/" + product + "/releases")
                .then()
                .body("version", contains("1.1-beta1", "1.0"));
        given().get(store.path("/api/products/" + product)).then().body("version", equalTo("1.0"));
    }

    @Test
    void badReleasesAreRefusedWithTheirField() throws Exception {
        long product = product("REL-BAD");
        String upload = tus.upload(Tus.file(10), "x.exe", 10);
        create(product, release("not a version", upload)).statusCode(422).body("error.field", equalTo("version"));
        Map<String, Object> channel = release("1.0", upload);
        channel.put("channel", "nightly");
        create(product, channel).statusCode(422).body("error.field", equalTo("channel"));
        create(product, release("1.0", null)).statusCode(422).body("error.field", equalTo("upload"));
        create(product, release("1.0", UUID.randomUUID().toString()))
                .statusCode(404)
                .body("error.code", equalTo("UPLOAD_NOT_FOUND"));
        create(product, release("1.0", upload)).statusCode(201);
        create(product, release("1.0.0", upload)).statusCode(409).body("error.code", equalTo("RELEASE_EXISTS"));
        store.as(admin)
                .body(release("1.0", upload))
                .post("/api/admin/products/999999999/releases")
                .then()
                .statusCode(404);
    }

    @Test
    void aCreationOrAPublicationSentTwiceWithItsKeyHappensOnce() throws Exception {
        long product = product("REL-IDEM");
        String upload = tus.upload(Tus.file(77), "idem.exe", 77);
        String key = UUID.randomUUID().toString();
        long first = store.as(admin)
                .header("Idempotency-Key", key)
                .body(release("4.0", upload))
                .post("/api/admin/products/" + product + "/releases")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        store.as(admin)
                .header("Idempotency-Key", key)
                .body(release("4.0", upload))
                .post("/api/admin/products/" + product + "/releases")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo((int) first));
        String publish = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            store.as(admin)
                    .header("Idempotency-Key", publish)
                    .post("/api/admin/releases/" + first + "/publish")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("published"));
        }
        assertThat(audit("release.published", first)).hasSize(1);
    }

    @Test
    void onlyAdministratorsChangeReleasesAndCustomersSeeNoDrafts() throws Exception {
        long product = product("REL-ROLE");
        String upload = tus.upload(Tus.file(20), "r.exe", 20);
        long id = create(product, release("1.0", upload))
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        store.register("customer@releases.test");
        String customer = store.login("customer@releases.test");

        store.as(customer)
                .body(release("2.0", upload))
                .post("/api/admin/products/" + product + "/releases")
                .then()
                .statusCode(403);
        store.as(customer).post("/api/admin/releases/" + id + "/publish").then().statusCode(403);
        store.as(customer)
                .get("/api/admin/products/" + product + "/releases")
                .then()
                .statusCode(403);
        store.api().post("/api/admin/releases/" + id + "/publish").then().statusCode(401);
        store.api().post("/api/admin/releases/" + id + "/make-current").then().statusCode(401);
        store.as(customer)
                .get("/api/products/" + product + "/releases")
                .then()
                .statusCode(200)
                .body("$", empty());
    }

    @Test
    void anotherStoreCanNeitherSeeNorTouchThisStoresReleases() throws Exception {
        long product = product("REL-ISO");
        long id = published(product, "5.0", Tus.file(300));
        String upload = tus.upload(Tus.file(301), "mine.exe", 301);

        Platform.Store other = Platform.openStore("releases-other");
        String otherAdmin = other.adminToken();
        long otherProduct = other.createProduct(otherAdmin, "OTHER-REL", 365, 1, 0);
        for (String action : List.of("publish", "yank", "make-current")) {
            other.as(otherAdmin)
                    .post("/api/admin/releases/" + id + "/" + action)
                    .then()
                    .statusCode(404)
                    .body("error.code", equalTo("RELEASE_NOT_FOUND"));
        }
        other.as(otherAdmin).get("/api/admin/releases/" + id).then().statusCode(404);
        other.as(otherAdmin)
                .body(release("1.0", upload))
                .post("/api/admin/products/" + otherProduct + "/releases")
                .then()
                .statusCode(404)
                .body("error.code", equalTo("UPLOAD_NOT_FOUND"));
        given().get(other.path("/api/products/" + otherProduct + "/releases"))
                .then()
                .statusCode(200)
                .body("$", empty());
        store.as(admin).get("/api/admin/releases/" + id).then().body("status", equalTo("published"));
    }

    @Test
    void theDemoStoresProductsEachHaveACurrentInstaller() {
        List<Integer> ids = given().get("/t/demo/api/products")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(ids).isNotEmpty();
        for (Integer id : ids) {
            given().get("/t/demo/api/products/" + id + "/releases")
                    .then()
                    .statusCode(200)
                    .body("current", contains(true))
                    .body("status", contains("published"))
                    .body("file_name[0]", endsWith("-setup.zip"))
                    .body("size[0]", greaterThan(200));
        }
    }

    private static List<Long> currentRows(long product) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection db = Platform.database();
                PreparedStatement query = db.prepareStatement(
                        "SELECT id FROM " + store.schema() + ".releases WHERE product_id = ? AND current"); ) {
            query.setLong(1, product);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    private static List<String> audit(String action, long release) throws Exception {
        List<String> details = new ArrayList<>();
        try (Connection db = Platform.database();
                PreparedStatement query = db.prepareStatement("SELECT details::text FROM " + store.schema()
                        + ".audit_logs WHERE action = ? AND target_id = ? ORDER BY id")) {
            query.setString(1, action);
            query.setString(2, Long.toString(release));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    details.add(rows.getString(1));
                }
            }
        }
        return details;
    }
}
