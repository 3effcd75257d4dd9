package com.mastertrade.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Resumable uploads (tus 1.0) at /api/admin/uploads against the deployed platform: chunks, a connection cut in
 * the middle and resumed from the offset the server tells, refusals in the API's error shape, store
 * administrators only, each store's uploads its own, and abandoned uploads cleaned by the housekeeping job.
 */
class UploadsIT {

    private static Platform.Store store;
    private static String admin;
    private static Tus tus;

    @BeforeAll
    static void openStore() {
        store = Platform.openStore("uploads");
        admin = store.adminToken();
        tus = new Tus(store, admin);
    }

    @Test
    void anUploadCutInTheMiddleResumesWhereTheServerSaysAndEndsStoredWithItsSha256() throws Exception {
        byte[] file = Tus.file(3 * 1024 * 1024 + 123);
        URI upload = tus.location(file.length, "GestCom Pro 5.3.exe");
        assertThat(upload.getPath()).startsWith("/t/" + store.slug() + "/api/admin/uploads/");

        HttpResponse<String> first = tus.patch(upload, 0, Arrays.copyOfRange(file, 0, 1024 * 1024));
        assertThat(first.statusCode()).isEqualTo(204);
        assertThat(first.headers().firstValue("Upload-Offset")).contains(Integer.toString(1024 * 1024));

        tus.interruptedPatch(upload, 1024 * 1024, file, file.length - 1024 * 1024, 700_000);
        long resumeAt = tus.offset(upload);
        assertThat(resumeAt).isBetween(1024L * 1024, 1024L * 1024 + 700_000);

        HttpResponse<String> wrongOffset = tus.patch(upload, 0, Arrays.copyOfRange(file, 0, 10));
        assertThat(wrongOffset.statusCode()).isEqualTo(409);
        assertThat(wrongOffset.body()).contains("\"code\":\"UPLOAD_OFFSET_MISMATCH\"");

        HttpResponse<String> rest = tus.patch(upload, resumeAt, Arrays.copyOfRange(file, (int) resumeAt, file.length));
        assertThat(rest.statusCode()).isEqualTo(204);
        assertThat(rest.headers().firstValue("Upload-Offset")).contains(Integer.toString(file.length));

        store.as(admin)
                .get("/api/admin/uploads/" + Tus.idOf(upload))
                .then()
                .statusCode(200)
                .body("status", equalTo("stored"))
                .body("size", equalTo(file.length))
                .body("sha256", equalTo(Tus.sha256(file)))
                .body("file_name", equalTo("GestCom Pro 5.3.exe"));
        HttpResponse<String> again = tus.head(upload);
        assertThat(again.statusCode())
                .as("a finished upload's bytes moved to the blob store")
                .isEqualTo(404);
    }

    @Test
    void anUploadOverTheLimitIsRefusedBeforeAnyByteIsKept() throws Exception {
        HttpResponse<String> tooBig = tus.begin(5L * 1024 * 1024 * 1024, "huge.iso");
        assertThat(tooBig.statusCode()).isEqualTo(413);
        assertThat(tooBig.body()).contains("\"code\":\"UPLOAD_TOO_LARGE\"");
        assertThat(tooBig.headers().firstValue("Location")).isEmpty();
        assertThat(uploadRows()).as("no upload row for the refused one").doesNotContain("huge.iso");

        HttpResponse<String> noLength = Tus.HTTP.send(
                tus.request(tus.uploads())
                        .header("Upload-Defer-Length", "1")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(noLength.statusCode()).isEqualTo(400);
        assertThat(noLength.body()).contains("UPLOAD_LENGTH_REQUIRED");
    }

    @Test
    void bytesPastTheAnnouncedLengthOrWithoutTheProtocolAreRefused() throws Exception {
        URI upload = tus.location(10, "small.bin");
        HttpResponse<String> tooMany = tus.patch(upload, 0, new byte[11]);
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("\"error\"");

        HttpResponse<String> noVersion = Tus.HTTP.send(
                HttpRequest.newBuilder(upload)
                        .header("Authorization", "Bearer " + admin)
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(noVersion.statusCode()).isEqualTo(412);

        HttpResponse<String> notOctets = Tus.HTTP.send(
                tus.request(upload)
                        .header("Upload-Offset", "0")
                        .header("Content-Type", "application/json")
                        .method("PATCH", HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(notOctets.statusCode()).isEqualTo(415);
        assertThat(notOctets.body()).contains("\"code\":\"UNSUPPORTED_MEDIA_TYPE\"");
        assertThat(tus.offset(upload)).isZero();
    }

    @Test
    void aChunkOrAFileThatIsNotTheOneAnnouncedIsNotKept() throws Exception {
        byte[] file = Tus.file(5000);
        URI upload = tus.location(file.length, "setup.exe");
        String wrongDigest = Base64.getEncoder()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(new byte[] {1}));
        HttpResponse<String> badChunk = tus.patch(upload, 0, file, "Upload-Checksum", "sha256 " + wrongDigest);
        assertThat(badChunk.statusCode()).isEqualTo(460);
        assertThat(badChunk.body()).contains("\"code\":\"CHECKSUM_MISMATCH\"");
        assertThat(tus.offset(upload)).as("the bad chunk's bytes are dropped").isZero();
        String rightDigest = Base64.getEncoder()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(file));
        assertThat(tus.patch(upload, 0, file, "Upload-Checksum", "sha256 " + rightDigest)
                        .statusCode())
                .isEqualTo(204);

        HttpResponse<String> announced = tus.begin(file.length, "announced.exe", "sha256", "0".repeat(64));
        URI wrongFile = URI.create(announced.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> last = tus.patch(wrongFile, 0, file);
        assertThat(last.statusCode()).isEqualTo(460);
        assertThat(last.body()).contains("\"code\":\"CHECKSUM_MISMATCH\"");
        store.as(admin).get("/api/admin/uploads/" + Tus.idOf(wrongFile)).then().statusCode(404);

        HttpResponse<String> notADigest = tus.begin(file.length, "x.exe", "sha256", "not-hex");
        assertThat(notADigest.statusCode()).isEqualTo(400);
        assertThat(notADigest.body()).contains("BAD_CHECKSUM");
    }

    @Test
    void fileNamesAreKeptAsNamesOnly() throws Exception {
        String[][] cases = {
            {"../../../../etc/passwd", "passwd"},
            {"..\\..\\Windows\\win.ini", "win.ini"},
            {"bad\u0000name\r\n.exe", "bad_name_.exe"},
            {"<script>alert(1)</script>.exe", "script_.exe"},
            {"Évolution \"2026\"?.exe", "Évolution _2026_.exe"},
            {"..", "installer.bin"}
        };
        for (String[] named : cases) {
            String id = tus.upload(new byte[] {1, 2, 3}, named[0], 3);
            store.as(admin)
                    .get("/api/admin/uploads/" + id)
                    .then()
                    .statusCode(200)
                    .body("file_name", equalTo(named[1]));
        }
    }

    @Test
    void onlyTheStoresAdministratorsUpload() throws Exception {
        store.register("customer@uploads.test");
        String customer = store.login("customer@uploads.test");
        HttpResponse<String> asCustomer = new Tus(store, customer).begin(10, "x.exe");
        assertThat(asCustomer.statusCode()).isEqualTo(403);
        assertThat(asCustomer.body()).contains("\"error\"");

        HttpResponse<String> anonymous = new Tus(store, null).begin(10, "x.exe");
        assertThat(anonymous.statusCode()).isEqualTo(401);

        URI upload = tus.location(10, "mine.exe");
        assertThat(new Tus(store, customer).head(upload).statusCode()).isEqualTo(403);
        assertThat(new Tus(store, customer).patch(upload, 0, new byte[10]).statusCode())
                .isEqualTo(403);
        assertThat(tus.offset(upload)).isZero();
    }

    @Test
    void anotherStoreKnowsNothingOfThisStoresUploads() throws Exception {
        URI upload = tus.location(10, "mine.exe");
        Platform.Store other = Platform.openStore("uploads-other");
        Tus intruder = new Tus(other, other.adminToken());
        URI sameIdThere = URI.create(Platform.BASE_URL + other.path("/api/admin/uploads/" + Tus.idOf(upload)));

        assertThat(intruder.head(sameIdThere).statusCode()).isEqualTo(404);
        HttpResponse<String> patch = intruder.patch(sameIdThere, 0, new byte[10]);
        assertThat(patch.statusCode()).isEqualTo(404);
        assertThat(patch.body()).contains("UPLOAD_NOT_FOUND");
        other.as(other.adminToken())
                .get("/api/admin/uploads/" + Tus.idOf(upload))
                .then()
                .statusCode(404);
        HttpResponse<String> withOwnToken = Tus.HTTP.send(
                tus.request(sameIdThere)
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withOwnToken.statusCode())
                .as("a token of store A in store B")
                .isEqualTo(401);
        assertThat(tus.offset(upload)).isZero();
    }

    @Test
    void aFinishedUploadNoReleaseNamesIsCleanedAfterADay() throws Exception {
        String kept = tus.upload(new byte[] {9, 9, 9}, "kept.exe", 3);
        String abandoned = tus.upload(new byte[] {8, 8, 8}, "abandoned.exe", 3);
        try (Connection db = Platform.database();
                PreparedStatement age = db.prepareStatement("UPDATE " + store.schema()
                        + ".uploads SET created_at = now() - interval '25 hours' WHERE id = ?")) {
            age.setString(1, abandoned);
            assertThat(age.executeUpdate()).isOne();
        }

        assertThat(Platform.runHousekeeping()).isEqualTo("COMPLETED");

        store.as(admin).get("/api/admin/uploads/" + abandoned).then().statusCode(404);
        store.as(admin).get("/api/admin/uploads/" + kept).then().statusCode(200);
    }

    private static String uploadRows() throws Exception {
        StringBuilder names = new StringBuilder();
        try (Connection db = Platform.database();
                PreparedStatement query = db.prepareStatement("SELECT file_name FROM " + store.schema() + ".uploads");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                names.append(rows.getString(1)).append('\n');
            }
        }
        return names.toString();
    }
}
