package com.mastertrade.it;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URLEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A customer's licence to the bytes of its software: a link made for the licence's owner, the file whole, by
 * ranges and resumed after a cut, conditional and HEAD requests, and every refusal of API.md ("Delivery") with
 * its code; the log that records what was really sent, and the quota that counts links, not requests.
 */
class DownloadsIT {

    private static final int SIZE = 3 * 1024 * 1024 + 17;

    private static Platform.Store store;
    private static String admin;
    private static long product;
    private static byte[] installer;
    private static long release;

    @BeforeAll
    static void openStore() throws Exception {
        store = Platform.openStore("downloads");
        admin = store.adminToken();
        product = store.createProduct(
                admin, "DL-PRO-" + UUID.randomUUID().toString().substring(0, 6), 365, 2, 0);
        installer = Tus.file(SIZE);
        release = Downloads.publish(store, admin, product, "1.0", installer);
    }

    /** A customer of the store with a licence of the product issued by staff; its licence id. */
    private record Customer(long id, String token, long licenseId) {}

    private static Customer customer() {
        String email = "c-" + UUID.randomUUID().toString().substring(0, 8) + "@" + store.slug() + ".test";
        long id = store.register(email);
        long license = store.issueLicense(admin, Map.of("product_id", product, "user_id", id));
        return new Customer(id, store.login(email), license);
    }

    private static Downloads.Link link(Customer customer, String address) {
        return Downloads.Link.of(
                Downloads.generate(store, customer.token(), address, Map.of("license_id", customer.licenseId())));
    }

    private static JsonPath history(Customer customer) {
        return store.as(customer.token())
                .get("/api/users/" + customer.id() + "/downloads")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void aBuyerDownloadsTheCurrentReleaseThroughItsLinkAndTheDownloadIsLogged() throws Exception {
        String secret = Payments.enableSandbox(store, admin);
        String email = "buyer-" + UUID.randomUUID().toString().substring(0, 8) + "@" + store.slug() + ".test";
        long userId = store.register(email);
        String buyer = store.login(email);
        long order = Payments.placeOrder(store, buyer, product);
        Payments.webhook(store, secret, Payments.event("evt_" + UUID.randomUUID(), order, "paid", 150_000, "XOF"))
                .then()
                .statusCode(200);
        long license = store.as(buyer)
                .get("/api/orders/" + order)
                .then()
                .extract()
                .jsonPath()
                .getLong("license_id");
        String address = Platform.clientAddress();

        Response generated = Downloads.generate(store, buyer, address, Map.of("license_id", license));
        generated
                .then()
                .statusCode(201)
                .body("token", notNullValue())
                .body("url", containsString("/t/" + store.slug() + "/api/downloads/" + release + "?token="))
                .body("expires_at", notNullValue())
                .body("release.id", equalTo((int) release))
                .body("release.version", equalTo("1.0"))
                .body("release.sha256", equalTo(Tus.sha256(installer)))
                .body("downloads_left_today", equalTo(10));
        Instant expires = Instant.parse(generated.path("expires_at"));
        assertThat(expires)
                .isBetween(Instant.now().plusSeconds(14 * 60), Instant.now().plusSeconds(16 * 60));

        Downloads.Link link = Downloads.Link.of(generated);
        Response file = link.from(address).get(link.url());
        file.then()
                .statusCode(200)
                .header("Content-Length", String.valueOf(SIZE))
                .header("Accept-Ranges", "bytes")
                .header("ETag", "\"" + Tus.sha256(installer) + "\"")
                .header("Content-Type", "application/octet-stream")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"Setup Pro 1.0.exe\"; filename*=UTF-8''Setup%20Pro%201.0.exe");
        assertThat(Tus.sha256(file.asByteArray())).isEqualTo(Tus.sha256(installer));

        JsonPath log = store.as(buyer)
                .get("/api/users/" + userId + "/downloads")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .extract()
                .jsonPath();
        assertThat(log.getLong("items[0].release_id")).isEqualTo(release);
        assertThat(log.getLong("items[0].license_id")).isEqualTo(license);
        assertThat(log.getString("items[0].version")).isEqualTo("1.0");
        assertThat(log.getString("items[0].ip")).isEqualTo(address);
        assertThat(log.getLong("items[0].bytes")).isEqualTo(SIZE);
        assertThat(log.getBoolean("items[0].complete")).isTrue();
        assertThat(log.getString("items[0].at")).isNotNull();
    }

    @Test
    void aDownloadCutOffIsLoggedIncompleteAndResumesWithARangeLikeCurlDashC() throws Exception {
        byte[] big = Tus.file(48 * 1024 * 1024);
        long bigProduct = store.createProduct(
                admin, "DL-BIG-" + UUID.randomUUID().toString().substring(0, 6), 365, 2, 0);
        long bigRelease = Downloads.publish(store, admin, bigProduct, "2.0", big);
        String email = "big-" + UUID.randomUUID().toString().substring(0, 8) + "@" + store.slug() + ".test";
        long userId = store.register(email);
        String token = store.login(email);
        long license = store.issueLicense(admin, Map.of("product_id", bigProduct, "user_id", userId));
        String address = Platform.clientAddress();
        Downloads.Link link =
                Downloads.Link.of(Downloads.generate(store, token, address, Map.of("license_id", license)));
        assertThat(link.releaseId()).isEqualTo(bigRelease);

        byte[] first = Downloads.cutOff(link.url(), address, 1024 * 1024);
        JsonPath cut = awaitFinished(token, userId, 1);
        assertThat(cut.getBoolean("items[0].complete")).isFalse();
        assertThat(cut.getLong("items[0].bytes"))
                .isGreaterThanOrEqualTo(first.length)
                .isLessThan(big.length);

        Response rest = link.from(address)
                .header("Range", "bytes=" + first.length + "-")
                .get(link.url());
        rest.then()
                .statusCode(206)
                .header("Content-Range", "bytes " + first.length + "-" + (big.length - 1) + "/" + big.length)
                .header("Content-Length", String.valueOf(big.length - first.length));
        byte[] whole = concat(first, rest.asByteArray());
        assertThat(Tus.sha256(whole)).isEqualTo(Tus.sha256(big));

        JsonPath resumed = awaitFinished(token, userId, 2);
        assertThat(resumed.getBoolean("items[0].complete"))
                .as("the resume completes the file")
                .isTrue();
        assertThat(resumed.getLong("items[0].bytes")).isEqualTo(big.length - first.length);
        assertThat(resumed.getBoolean("items[1].complete")).isFalse();
        store.as(token).get("/api/admin/downloads").then().statusCode(403);
        store.as(admin)
                .get("/api/admin/downloads?license_id=" + license + "&complete=false")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
        int left = Downloads.generate(store, token, address, Map.of("license_id", license))
                .then()
                .extract()
                .path("downloads_left_today");
        assertThat(left).as("a resumed link counts once").isEqualTo(9);
    }

    @Test
    void rangesIfRangeAndHeadAnswerAsRfc9110Says() {
        Customer customer = customer();
        String address = Platform.clientAddress();
        Downloads.Link link = link(customer, address);
        String etag = "\"" + Tus.sha256(installer) + "\"";

        Response head = link.from(address).head(link.url());
        head.then()
                .statusCode(200)
                .header("Content-Length", String.valueOf(SIZE))
                .header("ETag", etag)
                .header("Accept-Ranges", "bytes");
        assertThat(head.asByteArray()).isEmpty();
        link.from(address)
                .header("Range", "bytes=-500")
                .head(link.url())
                .then()
                .statusCode(206)
                .header("Content-Range", "bytes " + (SIZE - 500) + "-" + (SIZE - 1) + "/" + SIZE);

        Response middle = link.from(address).header("Range", "bytes=100-199").get(link.url());
        middle.then()
                .statusCode(206)
                .header("Content-Range", "bytes 100-199/" + SIZE)
                .header("Content-Length", "100");
        assertThat(middle.asByteArray()).isEqualTo(Arrays.copyOfRange(installer, 100, 200));

        Response suffix = link.from(address).header("Range", "bytes=-10").get(link.url());
        assertThat(suffix.asByteArray()).isEqualTo(Arrays.copyOfRange(installer, SIZE - 10, SIZE));

        Response pastEnd =
                link.from(address).header("Range", "bytes=" + SIZE + "-").get(link.url());
        pastEnd.then()
                .statusCode(416)
                .header("Content-Range", "bytes */" + SIZE)
                .body("error.code", equalTo("RANGE_NOT_SATISFIABLE"));

        link.from(address)
                .header("Range", "bytes=0-10,20-30")
                .get(link.url())
                .then()
                .statusCode(200)
                .header("Content-Length", String.valueOf(SIZE));
        link.from(address)
                .header("Range", "bytes=500-100")
                .get(link.url())
                .then()
                .statusCode(200);

        link.from(address)
                .header("Range", "bytes=100-199")
                .header("If-Range", etag)
                .get(link.url())
                .then()
                .statusCode(206);
        link.from(address)
                .header("Range", "bytes=100-199")
                .header("If-Range", "\"another-version\"")
                .get(link.url())
                .then()
                .statusCode(200)
                .header("Content-Length", String.valueOf(SIZE));
        String lastModified = head.header("Last-Modified");
        assertThat(lastModified).isNotNull();
        link.from(address)
                .header("Range", "bytes=100-199")
                .header("If-Range", lastModified)
                .get(link.url())
                .then()
                .statusCode(206);

        JsonPath log = history(customer);
        assertThat(log.getList("items.complete", Boolean.class))
                .as("ranges alone never hold the file; the whole answers do")
                .contains(true, false);
        int left = Downloads.generate(store, customer.token(), address, Map.of("license_id", customer.licenseId()))
                .then()
                .extract()
                .path("downloads_left_today");
        assertThat(left)
                .as("one link, however many requests; HEAD and 416 count nothing")
                .isEqualTo(9);
    }

    /** The test domain trusts the loopback proxies (MT_TRUSTED_PROXIES), so this test speaks as nginx would. */
    @Test
    void aFrontProxyThatSendsFilesItselfGetsTheFileAndTheLogSaysItWasHandedOff() throws Exception {
        Customer customer = customer();
        String address = Platform.clientAddress();
        Downloads.Link link = link(customer, address);

        Response sendfile =
                link.from(address).header("X-Sendfile-Type", "X-Sendfile").get(link.url());
        sendfile.then()
                .statusCode(200)
                .header("Content-Disposition", containsString("Setup Pro 1.0.exe"))
                .header("Content-Type", "application/octet-stream");
        assertThat(sendfile.asByteArray()).isEmpty();
        Path file = Path.of(sendfile.header("X-Sendfile"));
        assertThat(file).isAbsolute();
        assertThat(Tus.sha256(Files.readAllBytes(file))).isEqualTo(Tus.sha256(installer));

        String folder = file.getParent().getParent().toString();
        String internal = "/protected-releases/" + file.getParent().getFileName() + "/" + file.getFileName();
        link.from(address)
                .header("X-Sendfile-Type", "X-Accel-Redirect")
                .header("X-Accel-Mapping", "/elsewhere/=/nothing/, " + folder + "=/protected-releases/")
                .head(link.url())
                .then()
                .statusCode(200)
                .header("X-Accel-Redirect", internal);
        Response unmapped = link.from(address)
                .header("X-Sendfile-Type", "X-Accel-Redirect")
                .header("Range", "bytes=0-9")
                .get(link.url());
        unmapped.then().statusCode(206).header("X-Accel-Redirect", (String) null);
        assertThat(unmapped.asByteArray()).isEqualTo(Arrays.copyOf(installer, 10));

        JsonPath log = history(customer);
        assertThat(log.getInt("total")).isEqualTo(2);
        assertThat(log.getBoolean("items[1].redirected")).isTrue();
        assertThat(log.getBoolean("items[1].complete")).isFalse();
        assertThat(log.getBoolean("items[0].redirected")).isFalse();
        assertThat(log.getLong("items[0].bytes")).isEqualTo(10);
    }

    @Test
    void aLinkServesOnlyTheAddressThatAskedForIt() {
        Customer customer = customer();
        String address = Platform.clientAddress();
        Downloads.Link link = link(customer, address);
        link.from(Platform.clientAddress())
                .get(link.url())
                .then()
                .statusCode(403)
                .body("error.code", equalTo("IP_MISMATCH"));
        link.from(address).header("Range", "bytes=0-0").get(link.url()).then().statusCode(206);
    }

    @Test
    void aLinkExpiresAndAForgedOrAlteredOneIsInvalid() throws Exception {
        Customer customer = customer();
        String address = Platform.clientAddress();
        Downloads.Link link = link(customer, address);
        long storeId = Downloads.storeId(store);
        String base = link.url().substring(0, link.url().indexOf("?token=") + 7);

        String expired = Downloads.mint(
                store,
                storeId,
                customer.licenseId(),
                release,
                customer.id(),
                Instant.now().minusSeconds(1),
                address);
        given().urlEncodingEnabled(false)
                .header("X-Forwarded-For", address)
                .get(base + expired)
                .then()
                .statusCode(403)
                .body("error.code", equalTo("TOKEN_EXPIRED"));
        String fresh = Downloads.mint(
                store,
                storeId,
                customer.licenseId(),
                release,
                customer.id(),
                Instant.now().plusSeconds(60),
                address);
        given().urlEncodingEnabled(false)
                .header("X-Forwarded-For", address)
                .header("Range", "bytes=0-0")
                .get(base + fresh)
                .then()
                .statusCode(206);

        String token = link.token();
        int middle = token.length() / 2;
        String altered =
                token.substring(0, middle) + (token.charAt(middle) == 'A' ? 'B' : 'A') + token.substring(middle + 1);
        for (String forged : List.of(altered, token + "A", token.substring(1), "not-a-token", "")) {
            given().urlEncodingEnabled(false)
                    .header("X-Forwarded-For", address)
                    .get(base + forged)
                    .then()
                    .statusCode(403)
                    .body("error.code", equalTo("TOKEN_INVALID"));
        }
        given().urlEncodingEnabled(false)
                .header("X-Forwarded-For", address)
                .get(base.substring(0, base.indexOf('?')))
                .then()
                .statusCode(403)
                .body("error.code", equalTo("TOKEN_INVALID"));
        assertThat(history(customer).getInt("total"))
                .as("refusals are not downloads: the one row is the fresh token's")
                .isEqualTo(1);
    }

    @Test
    void aLinkServesOnlyItsReleaseOfItsStore() throws Exception {
        Customer customer = customer();
        String address = Platform.clientAddress();
        Downloads.Link link = link(customer, address);
        long otherProduct = store.createProduct(
                admin, "DL-OTHER-" + UUID.randomUUID().toString().substring(0, 6), 365, 2, 0);
        long other = Downloads.publish(store, admin, otherProduct, "1.0.1", Tus.file(1000));
        given().urlEncodingEnabled(false)
                .header("X-Forwarded-For", address)
                .get(link.url().replace("/downloads/" + release + "?", "/downloads/" + other + "?"))
                .then()
                .statusCode(403)
                .body("error.code", equalTo("TOKEN_INVALID"));

        Platform.Store elsewhere = Platform.openStore("downloads-b");
        given().urlEncodingEnabled(false)
                .header("X-Forwarded-For", address)
                .get(link.url().replace("/t/" + store.slug() + "/", "/t/" + elsewhere.slug() + "/"))
                .then()
                .statusCode(403)
                .body("error.code", equalTo("TOKEN_INVALID"));
    }

    @Test
    void anotherCustomersLicenceIsNotFoundAndStaffHistoriesAreTheirs() {
        Customer owner = customer();
        Customer other = customer();
        Downloads.generate(store, other.token(), Platform.clientAddress(), Map.of("license_id", owner.licenseId()))
                .then()
                .statusCode(404)
                .body("error.code", equalTo("LICENSE_NOT_FOUND"));
        store.as(other.token())
                .get("/api/users/" + owner.id() + "/downloads")
                .then()
                .statusCode(404);
        store.as(admin).get("/api/users/" + owner.id() + "/downloads").then().statusCode(200);
        Downloads.generate(
                        store,
                        owner.token(),
                        Platform.clientAddress(),
                        Map.of("license_id", owner.licenseId(), "release_id", 999_999))
                .then()
                .statusCode(404)
                .body("error.code", equalTo("RELEASE_NOT_FOUND"));
        Downloads.generate(store, owner.token(), Platform.clientAddress(), Map.of())
                .then()
                .statusCode(422)
                .body("error.field", equalTo("license_id"));
    }

    @Test
    void aLicenceRevokedOrSuspendedAfterItsLinkWasMadeStopsTheDownload() {
        Customer revoked = customer();
        String address = Platform.clientAddress();
        Downloads.Link link = link(revoked, address);
        store.as(admin)
                .body(Map.of("reason", "chargeback"))
                .post("/api/admin/licenses/" + revoked.licenseId() + "/revoke")
                .then()
                .statusCode(200);
        link.from(address).get(link.url()).then().statusCode(403).body("error.code", equalTo("LICENSE_NOT_ACTIVE"));
        Downloads.generate(store, revoked.token(), address, Map.of("license_id", revoked.licenseId()))
                .then()
                .statusCode(403)
                .body("error.code", equalTo("LICENSE_NOT_ACTIVE"));

        Customer suspended = customer();
        Downloads.Link second = link(suspended, address);
        store.as(admin)
                .body(Map.of("reason", "dispute"))
                .post("/api/admin/licenses/" + suspended.licenseId() + "/suspend")
                .then()
                .statusCode(200);
        second.from(address).get(second.url()).then().statusCode(403).body("error.code", equalTo("LICENSE_NOT_ACTIVE"));
    }

    @Test
    void aReleaseYankedAfterTheLinkWasMadeIsGone() throws Exception {
        long yankable = store.createProduct(
                admin, "DL-YANK-" + UUID.randomUUID().toString().substring(0, 6), 365, 2, 0);
        long version = Downloads.publish(store, admin, yankable, "3.0", Tus.file(2000));
        String email = "y-" + UUID.randomUUID().toString().substring(0, 8) + "@" + store.slug() + ".test";
        long userId = store.register(email);
        String token = store.login(email);
        long license = store.issueLicense(admin, Map.of("product_id", yankable, "user_id", userId));
        String address = Platform.clientAddress();
        Downloads.Link link =
                Downloads.Link.of(Downloads.generate(store, token, address, Map.of("license_id", license)));
        assertThat(link.releaseId()).isEqualTo(version);
        store.as(admin).post("/api/admin/releases/" + version + "/yank").then().statusCode(200);
        link.from(address).get(link.url()).then().statusCode(410).body("error.code", equalTo("RELEASE_WITHDRAWN"));
        Downloads.generate(store, token, address, Map.of("license_id", license))
                .then()
                .statusCode(404)
                .body("error.code", equalTo("NO_RELEASE"));
    }

    @Test
    void theDailyQuotaCountsLinksAndStaffGiveItBackAudited() throws Exception {
        Customer customer = customer();
        String address = Platform.clientAddress();
        List<Downloads.Link> used = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Downloads.Link link = link(customer, address);
            link.from(address)
                    .header("Range", "bytes=0-0")
                    .get(link.url())
                    .then()
                    .statusCode(206);
            used.add(link);
        }
        Downloads.generate(store, customer.token(), address, Map.of("license_id", customer.licenseId()))
                .then()
                .statusCode(403)
                .body("error.code", equalTo("QUOTA_EXCEEDED"));
        used.get(0)
                .from(address)
                .header("Range", "bytes=1-")
                .get(used.get(0).url())
                .then()
                .statusCode(206);

        store.as(customer.token())
                .post("/api/admin/licenses/" + customer.licenseId() + "/download-quota/reset")
                .then()
                .statusCode(403);
        store.as(admin)
                .get("/api/admin/licenses/" + customer.licenseId() + "/download-quota")
                .then()
                .statusCode(200)
                .body("used", equalTo(10))
                .body("left", equalTo(0));
        store.as(admin)
                .post("/api/admin/licenses/" + customer.licenseId() + "/download-quota/reset")
                .then()
                .statusCode(200)
                .body("used", equalTo(0))
                .body("quota", equalTo(10))
                .body("left", equalTo(10));
        assertThat(audited("license.download_quota_reset", customer.licenseId()))
                .isEqualTo(1);
        Downloads.generate(store, customer.token(), address, Map.of("license_id", customer.licenseId()))
                .then()
                .statusCode(201)
                .body("downloads_left_today", equalTo(10));
    }

    @Test
    void theConfirmationEmailsLinkSignsTheCustomerInThenComesBackToTheDownloads() {
        Response anonymous = given().redirects().follow(false).get(store.path("/downloads?license=1"));

        anonymous.then().statusCode(302);
        assertThat(anonymous.header("Location"))
                .endsWith(store.path("/login?next=") + URLEncoder.encode(store.path("/downloads?license=1"), UTF_8));
        given().get(anonymous.header("Location"))
                .then()
                .statusCode(200)
                .body(containsString("Connexion"), containsString("Connectez-vous pour continuer"));
        given().header("Accept-Language", "en-GB,en;q=0.9")
                .get(anonymous.header("Location"))
                .then()
                .statusCode(200)
                .body(containsString("Sign in to go on"));
    }

    /** Polls the user's history until {@code rows} downloads have ended; the latest first. */
    private static JsonPath awaitFinished(String token, long userId, int rows) throws InterruptedException {
        JsonPath log = null;
        for (int i = 0; i < 100; i++) {
            log = store.as(token)
                    .get("/api/users/" + userId + "/downloads")
                    .then()
                    .extract()
                    .jsonPath();
            List<Object> finished = log.getList("items.finished_at");
            if (finished.size() == rows && finished.stream().allMatch(at -> at != null)) {
                return log;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("downloads not finished: " + (log == null ? null : log.prettify()));
    }

    private static int audited(String action, long licenseId) throws Exception {
        try (Connection db = Platform.database();
                PreparedStatement query = db.prepareStatement(
                        "SELECT count(*) FROM " + store.schema() + ".audit_logs WHERE action = ? AND target_id = ?")) {
            query.setString(1, action);
            query.setString(2, Long.toString(licenseId));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] whole = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, whole, first.length, second.length);
        return whole;
    }
}
