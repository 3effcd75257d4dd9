package com.mastertrade.it;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A store with releases to download, and download links as a client sees them. {@link #mint} writes a token as
 * ADR 0014 describes it, with the JDK alone and the store's key as the database keeps it (sealed with the test
 * domain's master key, ADR 0007): the format is checked by a second implementation, and a test can make a link
 * that has already expired without waiting for one.
 */
final class Downloads {

    private Downloads() {}

    /** Uploads a file with tus and publishes it as a release of the product; its id. */
    static long publish(
            Platform.Store store, String admin, long product, String version, byte[] file, Map<String, Object> more)
            throws Exception {
        String upload = new Tus(store, admin).upload(file, "Setup Pro " + version + ".exe", 8 * 1024 * 1024);
        Map<String, Object> body = new HashMap<>(more);
        body.put("version", version);
        body.put("upload", upload);
        body.putIfAbsent("changelog", "Version " + version);
        long id = store.as(admin)
                .body(body)
                .post("/api/admin/products/" + product + "/releases")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        store.as(admin).post("/api/admin/releases/" + id + "/publish").then().statusCode(200);
        return id;
    }

    static long publish(Platform.Store store, String admin, long product, String version, byte[] file)
            throws Exception {
        return publish(store, admin, product, version, file, Map.of());
    }

    /** {@code POST /api/downloads/generate} from a client address. */
    static Response generate(Platform.Store store, String customer, String address, Map<String, Object> body) {
        return store.as(customer).header("X-Forwarded-For", address).body(body).post("/api/downloads/generate");
    }

    /** A link's token and path, from a generate answer. */
    record Link(String url, String token, long releaseId) {
        static Link of(Response generated) {
            String url = generated.then().statusCode(201).extract().path("url");
            return new Link(url, generated.path("token"), generated.jsonPath().getLong("release.id"));
        }

        /** The link's request from a client address (no URL re-encoding: the token is URL-safe). */
        RequestSpecification from(String address) {
            return given().urlEncodingEnabled(false).header("X-Forwarded-For", address);
        }
    }

    /**
     * Reads {@code keep} bytes of the link's file, then drops the connection: a download cut off by the network.
     */
    static byte[] cutOff(String url, String address, int keep) throws IOException {
        HttpURLConnection connection =
                (HttpURLConnection) URI.create(url).toURL().openConnection();
        connection.setRequestProperty("X-Forwarded-For", address);
        byte[] kept;
        try (InputStream in = connection.getInputStream()) {
            kept = in.readNBytes(keep);
        } finally {
            connection.disconnect();
        }
        return kept;
    }

    /** A token written by the ADR's layout, signed with the store's key 1. */
    static String mint(
            Platform.Store store,
            long storeId,
            long licenseId,
            long releaseId,
            long userId,
            Instant expiresAt,
            String boundAddress)
            throws Exception {
        byte[] address = boundAddress == null ? new byte[0] : boundAddress.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer token = ByteBuffer.allocate(62 + address.length + 32);
        UUID id = UUID.randomUUID();
        token.put((byte) 1)
                .putInt(1)
                .putLong(storeId)
                .putLong(licenseId)
                .putLong(releaseId)
                .putLong(userId)
                .putLong(expiresAt.getEpochSecond())
                .putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits())
                .put((byte) address.length)
                .put(address);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(storeKey(store), "HmacSHA256"));
        mac.update(token.array(), 0, token.position());
        token.put(mac.doFinal());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token.array());
    }

    /** The store's token key 1, opened as SecretBox seals: AES-256-GCM, the schema and key id as associated data. */
    private static byte[] storeKey(Platform.Store store) throws Exception {
        byte[] sealed;
        try (Connection db = Platform.database();
                PreparedStatement query = db.prepareStatement(
                        "SELECT sealed_secret FROM " + store.schema() + ".download_token_keys WHERE id = 1");
                ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                throw new AssertionError("the store has no token key yet: generate a link first");
            }
            sealed = row.getBytes(1);
        }
        byte[] master = Base64.getDecoder()
                .decode(Files.readString(Path.of(System.getProperty("mt.home"), "keys", "master.key"))
                        .strip());
        return open(sealed, master, "download-token-key:" + store.schema() + ":1");
    }

    private static byte[] open(byte[] sealed, byte[] master, String associatedData) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(
                Cipher.DECRYPT_MODE,
                new SecretKeySpec(master, "AES"),
                new GCMParameterSpec(128, Arrays.copyOfRange(sealed, 5, 17)));
        cipher.updateAAD(sealed, 0, 5);
        cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
        return cipher.doFinal(sealed, 17, sealed.length - 17);
    }

    /** The store's id, as the platform's tenant table has it. */
    static long storeId(Platform.Store store) throws Exception {
        try (Connection db = Platform.database();
                PreparedStatement query = db.prepareStatement("SELECT id FROM platform.tenants WHERE slug = ?")) {
            query.setString(1, store.slug());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
