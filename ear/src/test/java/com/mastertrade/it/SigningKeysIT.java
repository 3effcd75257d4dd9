package com.mastertrade.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.mastertrade.shared.SecretBox;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The keys that sign licence answers, seen from a client: listed, verifiable, rotated, per store, sealed. */
class SigningKeysIT {

    private static final String KEYS = "/api/license/keys";

    private static Platform.Store acme;
    private static Platform.Store globex;

    @BeforeAll
    static void openStores() {
        acme = Platform.openStore("sign-a");
        globex = Platform.openStore("sign-b");
    }

    @Test
    void aNewStoreListsOneActiveRsaKeyAndOneActiveEd25519Key() {
        List<Map<String, String>> keys = keysOf(acme);

        assertThat(keys).hasSize(2);
        assertThat(keys).extracting(k -> k.get("algorithm")).containsExactlyInAnyOrder("rsa-sha256", "ed25519");
        assertThat(keys).extracting(k -> k.get("status")).containsOnly("active");
        assertThat(keys).extracting(k -> k.get("kid")).allMatch(kid -> kid.matches("(rsa|ed25519)-\\d{8}-[0-9a-f]{8}"));
        assertThat(keys)
                .extracting(k -> k.get("public_key_pem"))
                .allMatch(pem -> pem.startsWith("-----BEGIN PUBLIC KEY-----"));
        assertThat(keysOf(given().basePath("/t/demo"))).as("the demo store").hasSize(2);
    }

    @Test
    void theKeysAnswerIsSignedOverItsExactBytesWithRsaByDefaultOrEd25519OnRequest() {
        Response rsa = given().header("X-Tenant", acme.slug()).get(KEYS);
        rsa.then().statusCode(200);
        assertThat(SignedAnswers.verify(rsa, keysOf(acme))).isEqualTo(SignedAnswers.Algorithm.RSA_SHA256);

        Response ed25519 = acme.api()
                .header(SignedAnswers.ACCEPT_HEADER, "algorithm=\"ed25519\"")
                .get(KEYS);
        ed25519.then().statusCode(200);
        assertThat(SignedAnswers.verify(ed25519, keysOf(acme))).isEqualTo(SignedAnswers.Algorithm.ED25519);
    }

    /**
     * The server on this machine (Linux x86-64) signs with Amazon Corretto Crypto Provider's native code, and
     * says so to operators in its readiness answer; what it signs still verifies with the JDK (the test above).
     */
    @Test
    void theServerSignsInNativeCodeAndTellsOperatorsSo() {
        String arch = System.getProperty("os.arch");
        assumeTrue(
                System.getProperty("os.name").startsWith("Linux") && (arch.equals("amd64") || arch.equals("x86_64")),
                "Amazon Corretto Crypto Provider is built for Linux x86-64 only");

        given().get("/health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'license-signing' }.status", equalTo("UP"))
                .body(
                        "checks.find { it.name == 'license-signing' }.data.'rsa-sha256'",
                        equalTo("AmazonCorrettoCryptoProvider"))
                .body(
                        "checks.find { it.name == 'license-signing' }.data.ed25519",
                        equalTo("AmazonCorrettoCryptoProvider"));
    }

    @Test
    void errorAnswersOfTheLicenseApiAreSignedWhenTheStoreIsKnown() {
        Response unknownAlgorithm = acme.api()
                .header(SignedAnswers.ACCEPT_HEADER, "algorithm=\"hmac-sha1\"")
                .get(KEYS);
        unknownAlgorithm.then().statusCode(406).body("error.code", equalTo("UNSUPPORTED_SIGNATURE_ALGORITHM"));
        assertThat(SignedAnswers.verify(unknownAlgorithm, keysOf(acme))).isEqualTo(SignedAnswers.Algorithm.RSA_SHA256);

        Response noSuchCall = acme.api()
                .header(SignedAnswers.ACCEPT_HEADER, "algorithm=ed25519")
                .get("/api/license/no-such-call");
        noSuchCall.then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        assertThat(SignedAnswers.verify(noSuchCall, keysOf(acme))).isEqualTo(SignedAnswers.Algorithm.ED25519);

        Response wrongMethod = acme.api().delete(KEYS);
        wrongMethod.then().statusCode(405);
        assertThat(SignedAnswers.verify(wrongMethod, keysOf(acme))).isEqualTo(SignedAnswers.Algorithm.RSA_SHA256);

        Response noStore = given().get(KEYS);
        noStore.then().statusCode(404).body("error.code", equalTo("TENANT_NOT_FOUND"));
        assertThat(noStore.header(SignedAnswers.HEADER)).as("no store, no key").isNull();

        Response elsewhere = acme.api().get("/api/users/me");
        elsewhere.then().statusCode(401);
        assertThat(elsewhere.header(SignedAnswers.HEADER))
                .as("outside the licence API")
                .isNull();
    }

    @Test
    void aRotationRetiresTheOldKeyKeepsItListedAndSignsWithTheNewOne() throws Exception {
        Platform.Store store = Platform.openStore("sign-rot");
        String oldKid = activeKid(keysOf(store), "rsa-sha256");
        String ed25519Kid = activeKid(keysOf(store), "ed25519");

        JsonPath rotated = store.as(store.adminToken())
                .post("/api/admin/signing-keys/rsa-sha256/rotate")
                .then()
                .statusCode(200)
                .body("algorithm", equalTo("rsa-sha256"))
                .body("status", equalTo("active"))
                .body("kid", not(equalTo(oldKid)))
                .extract()
                .jsonPath();
        String newKid = rotated.getString("kid");

        List<Map<String, String>> keys = keysOf(store);
        assertThat(keys).hasSize(3);
        assertThat(keys)
                .filteredOn(k -> k.get("kid").equals(oldKid))
                .singleElement()
                .satisfies(k -> assertThat(k.get("status")).isEqualTo("retired"));
        assertThat(activeKid(keys, "rsa-sha256")).isEqualTo(newKid);
        assertThat(activeKid(keys, "ed25519")).isEqualTo(ed25519Kid);
        Response answer = store.api().get(KEYS);
        assertThat(SignedAnswers.Header.parse(answer.header(SignedAnswers.HEADER))
                        .kid())
                .isEqualTo(newKid);
        SignedAnswers.verify(answer, keys);

        try (Connection db = database();
                PreparedStatement audit = db.prepareStatement("SELECT details->>'retired_kid', actor_label FROM "
                        + schemaOf(store) + ".audit_logs WHERE action = 'signing_key.rotated' AND target_id = ?")) {
            audit.setString(1, newKid);
            try (ResultSet entry = audit.executeQuery()) {
                assertThat(entry.next()).isTrue();
                assertThat(entry.getString(1)).isEqualTo(oldKid);
                assertThat(entry.getString(2)).isEqualTo(store.adminEmail());
            }
        }
    }

    @Test
    void onlyTheStoresAdministratorRotates() {
        String customer = acme.login(registered(acme, "rotate-me@example.test"));
        acme.as(customer)
                .post("/api/admin/signing-keys/rsa-sha256/rotate")
                .then()
                .statusCode(403);
        acme.api().post("/api/admin/signing-keys/rsa-sha256/rotate").then().statusCode(401);
        acme.as(globex.adminToken())
                .post("/api/admin/signing-keys/rsa-sha256/rotate")
                .then()
                .statusCode(401);
        acme.as(acme.adminToken())
                .post("/api/admin/signing-keys/rsa-sha1/rotate")
                .then()
                .statusCode(404)
                .body("error.code", equalTo("UNSUPPORTED_SIGNATURE_ALGORITHM"));
        assertThat(keysOf(acme)).hasSize(2);
    }

    @Test
    void eachStoreHasItsOwnKeys() {
        List<Map<String, String>> a = keysOf(acme);
        List<Map<String, String>> b = keysOf(globex);

        assertThat(a)
                .extracting(k -> k.get("kid"))
                .doesNotContainAnyElementsOf(b.stream().map(k -> k.get("kid")).toList());
        assertThat(a)
                .extracting(k -> k.get("public_key_pem"))
                .doesNotContainAnyElementsOf(
                        b.stream().map(k -> k.get("public_key_pem")).toList());
        Response signedByB = globex.api().get(KEYS);
        SignedAnswers.Header signature = SignedAnswers.Header.parse(signedByB.header(SignedAnswers.HEADER));
        String acmeRsaPem = a.stream()
                .filter(k -> k.get("algorithm").equals("rsa-sha256"))
                .findFirst()
                .orElseThrow()
                .get("public_key_pem");
        assertThat(SignedAnswers.verifies(
                        SignedAnswers.Algorithm.RSA_SHA256, acmeRsaPem, signedByB.asByteArray(), signature.signature()))
                .as("store B's answer under store A's key")
                .isFalse();
    }

    @Test
    void privateKeysAreStoredSealedWithTheMasterKey() throws Exception {
        SecretBox masterKey =
                new SecretBox(Base64.getDecoder().decode(masterKeyBase64().strip()), null);
        List<String> checked = new ArrayList<>();
        try (Connection db = database();
                ResultSet rows = db.createStatement()
                        .executeQuery("SELECT kid, algorithm, public_key_pem, " + "private_key_encrypted FROM "
                                + schemaOf(acme) + ".signing_keys")) {
            while (rows.next()) {
                String kid = rows.getString("kid");
                SignedAnswers.Algorithm algorithm = SignedAnswers.Algorithm.named(rows.getString("algorithm"));
                byte[] stored = rows.getBytes("private_key_encrypted");
                byte[] der = masterKey.open(stored, "signing-key:" + schemaOf(acme) + ":" + kid);

                String sealed = new String(stored, StandardCharsets.ISO_8859_1);
                String clear = new String(der, StandardCharsets.ISO_8859_1);
                assertThat(sealed).as("%s: the PKCS#8 key in clear", kid).doesNotContain(clear);
                assertThat(sealed)
                        .as("%s: the last 32 bytes of the key in clear", kid)
                        .doesNotContain(clear.substring(clear.length() - 32));
                assertThat(sealed).doesNotContain("PRIVATE KEY");
                assertThat(pairs(algorithm, der, rows.getString("public_key_pem")))
                        .as(kid)
                        .isTrue();
                checked.add(kid);
            }
        }
        assertThat(checked).hasSize(2);
    }

    @Test
    void theOpenApiDocumentListsTheKeysAndTheRotation() {
        given().accept("application/json")
                .get("/openapi")
                .then()
                .statusCode(200)
                .body("paths", hasKey(KEYS))
                .body("paths", hasKey("/api/admin/signing-keys/{algorithm}/rotate"));
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private static List<Map<String, String>> keysOf(Platform.Store store) {
        return keysOf(store.api());
    }

    private static List<Map<String, String>> keysOf(RequestSpecification request) {
        return request.get(KEYS).then().statusCode(200).extract().jsonPath().getList("keys");
    }

    private static String activeKid(List<Map<String, String>> keys, String algorithm) {
        return keys.stream()
                .filter(k ->
                        k.get("algorithm").equals(algorithm) && k.get("status").equals("active"))
                .map(k -> k.get("kid"))
                .reduce((a, b) -> {
                    throw new AssertionError("two active " + algorithm + " keys");
                })
                .orElseThrow();
    }

    private static boolean pairs(SignedAnswers.Algorithm algorithm, byte[] pkcs8, String publicKeyPem)
            throws Exception {
        PrivateKey privateKey =
                KeyFactory.getInstance(algorithm.keyType).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        Signature signer = Signature.getInstance(algorithm.signatureName);
        signer.initSign(privateKey);
        byte[] probe = "probe".getBytes(StandardCharsets.US_ASCII);
        signer.update(probe);
        return SignedAnswers.verifies(algorithm, publicKeyPem, probe, signer.sign());
    }

    private static String registered(Platform.Store store, String email) {
        store.register(email);
        return email;
    }

    private static String schemaOf(Platform.Store store) {
        return "tenant_" + store.slug().replace('-', '_');
    }

    private static Connection database() throws Exception {
        return DriverManager.getConnection(
                System.getProperty("mt.db.url"),
                System.getProperty("mt.db.user", "postgres"),
                System.getProperty("mt.db.password", ""));
    }

    /** The test server's master key: the one configured, else its development key. */
    private static String masterKeyBase64() throws Exception {
        String configured = System.getenv("MT_MASTER_KEY");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return Files.readString(Path.of(System.getProperty("mt.home"), "keys", "master.key"));
    }
}
