package com.mastertrade.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IdentityIT {

    @RegisterExtension
    static final GreenMailExtension MAIL =
            new GreenMailExtension(new ServerSetup(Integer.getInteger("mt.smtp.port", 3025), "127.0.0.1", "smtp"));

    private static Platform.Store store;

    @BeforeAll
    static void openStore() {
        store = Platform.openStore("ident");
    }

    @Test
    void registersACustomerWithTheDocumentedShape() {
        store.api()
                .body(Map.of(
                        "name",
                        "Awa Koné",
                        "email",
                        "Awa@Example.test",
                        "password",
                        Platform.PASSWORD,
                        "phone",
                        "+225 07 00 00 00",
                        "country",
                        "ci",
                        "accept_terms",
                        true))
                .post("/api/auth/register")
                .then()
                .statusCode(201)
                .header("Location", containsString("/t/" + store.slug() + "/api/users/"))
                .body("id", notNullValue())
                .body("email", equalTo("awa@example.test"))
                .body("role", equalTo("user"));
    }

    @Test
    void registrationRecordsTheAcceptedTermsAsAConsent() throws Exception {
        long id = store.register("consent@example.test");
        String schema = "tenant_" + store.slug().replace('-', '_');
        try (Connection db = DriverManager.getConnection(
                        System.getProperty("mt.db.url"),
                        System.getProperty("mt.db.user", "postgres"),
                        System.getProperty("mt.db.password", ""));
                PreparedStatement query = db.prepareStatement(
                        "SELECT kind, version, granted, ip FROM " + schema + ".consents WHERE user_id = ?")) {
            query.setLong(1, id);
            try (ResultSet consent = query.executeQuery()) {
                assertThat(consent.next()).isTrue();
                assertThat(consent.getString("kind")).isEqualTo("terms");
                assertThat(consent.getString("version")).isNotBlank();
                assertThat(consent.getBoolean("granted")).isTrue();
                assertThat(consent.getString("ip")).isNotBlank();
                assertThat(consent.next()).isFalse();
            }
        }
    }

    @Test
    void aDuplicateEmailIs409WhateverItsCase() {
        store.register("kofi@example.test");
        store.api()
                .body(Map.of(
                        "name", "K", "email", "KOFI@example.test", "password", Platform.PASSWORD, "accept_terms", true))
                .post("/api/auth/register")
                .then()
                .statusCode(409)
                .body("error.code", equalTo("EMAIL_TAKEN"));
    }

    @Test
    void registrationChecksEveryField() {
        Map<String, Object> valid =
                Map.of("name", "Ama", "email", "ama@example.test", "password", Platform.PASSWORD, "accept_terms", true);
        assertFieldRefused(with(valid, "accept_terms", false), "accept_terms");
        assertFieldRefused(with(valid, "email", "not-an-email"), "email");
        assertFieldRefused(with(valid, "password", "short"), "password");
        assertFieldRefused(with(valid, "name", ""), "name");
        assertFieldRefused(with(valid, "country", "Côte d'Ivoire"), "country");
    }

    @Test
    void commonAndGuessablePasswordsAreRefusedInTheCustomersLanguage() {
        for (String weak : List.of("azertyuiop", "motdepasse", "password123", "12345678901", "weak@example.test")) {
            store.api()
                    .body(Map.of("name", "Weak", "email", "weak@example.test", "password", weak, "accept_terms", true))
                    .post("/api/auth/register")
                    .then()
                    .statusCode(422)
                    .body("error.code", equalTo("WEAK_PASSWORD"))
                    .body("error.field", equalTo("password"))
                    .body("error.message", containsString("trop facile à deviner"));
        }
        store.api()
                .header("Accept-Language", "en-GB,en;q=0.8")
                .body(Map.of(
                        "name", "Weak", "email", "weak@example.test", "password", "motdepasse", "accept_terms", true))
                .post("/api/auth/register")
                .then()
                .statusCode(422)
                .body("error.message", containsString("too easy to guess"));
        store.api()
                .body(Map.of(
                        "name",
                        "Strong",
                        "email",
                        "strong@example.test",
                        "password",
                        "le chat dort sous la pluie",
                        "accept_terms",
                        true))
                .post("/api/auth/register")
                .then()
                .statusCode(201);
    }

    @Test
    void malformedBodiesAre400AndWronglyTypedOnes422() {
        store.api()
                .body("{\"name\": \"Ama\", ")
                .post("/api/auth/register")
                .then()
                .statusCode(400)
                .body("error.code", equalTo("MALFORMED_JSON"));
        store.api()
                .body("{\"name\": [1,2], \"accept_terms\": \"maybe\"}")
                .post("/api/auth/register")
                .then()
                .statusCode(422)
                .body("error.code", equalTo("VALIDATION_FAILED"))
                .body("error.field", equalTo("name"));
        store.api().post("/api/auth/register").then().statusCode(400).body("error.code", equalTo("MALFORMED_JSON"));
        store.api()
                .contentType("text/plain")
                .body("hello")
                .post("/api/auth/register")
                .then()
                .statusCode(415)
                .body("error.code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void signInAnswersATokenAndTheUser() {
        long id = store.register("yao@example.test");
        store.api()
                .body(Map.of("email", "yao@example.test", "password", Platform.PASSWORD))
                .post("/api/auth/login")
                .then()
                .statusCode(200)
                .body("token", notNullValue())
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", greaterThan(0))
                .body("user.id", equalTo((int) id))
                .body("user.email", equalTo("yao@example.test"))
                .body("user.role", equalTo("user"));
    }

    @Test
    void meShowsTheProfileAndNeverThePassword() {
        store.register("adjoa@example.test");
        store.as(store.login("adjoa@example.test"))
                .get("/api/users/me")
                .then()
                .statusCode(200)
                .body("email", equalTo("adjoa@example.test"))
                .body("role", equalTo("user"))
                .body("created_at", notNullValue())
                .body("last_login", notNullValue())
                .body("$", not(hasKey("password_hash")));
        store.api().get("/api/users/me").then().statusCode(401).body("error.code", equalTo("UNAUTHORIZED"));
    }

    @Test
    void customersSeeOnlyThemselvesStaffSeeEveryone() {
        long first = store.register("first@example.test");
        long second = store.register("second@example.test");
        String customer = store.login("first@example.test");

        store.as(customer).get("/api/users/" + first).then().statusCode(200);
        store.as(customer)
                .get("/api/users/" + second)
                .then()
                .statusCode(404)
                .body("error.code", equalTo("USER_NOT_FOUND"));
        store.as(customer).get("/api/admin/users").then().statusCode(403).body("error.code", equalTo("FORBIDDEN"));

        String admin = store.adminToken();
        store.as(admin)
                .get("/api/users/" + second)
                .then()
                .statusCode(200)
                .body("email", equalTo("second@example.test"));
        store.as(admin)
                .queryParam("size", 100)
                .get("/api/admin/users")
                .then()
                .statusCode(200)
                .body("items.email", hasItem("second@example.test"))
                .body("size", equalTo(100))
                .body("items.role", everyItem(in(List.of("user", "admin", "support"))));
        store.as(admin).get("/api/users/999999").then().statusCode(404);
        store.as(admin).get("/api/users/abc").then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountWith429AndRetryAfter() {
        store.register("target@example.test");
        for (int i = 0; i < 5; i++) {
            store.api()
                    .body(Map.of("email", "target@example.test", "password", "wrong-password-" + i))
                    .post("/api/auth/login")
                    .then()
                    .statusCode(401)
                    .body("error.code", equalTo("INVALID_CREDENTIALS"));
        }
        String retryAfter = store.api()
                .body(Map.of("email", "target@example.test", "password", Platform.PASSWORD))
                .post("/api/auth/login")
                .then()
                .statusCode(429)
                .body("error.code", equalTo("TOO_MANY_ATTEMPTS"))
                .extract()
                .header("Retry-After");
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 900L);
    }

    @Test
    void anUnknownEmailSignsInLikeAWrongPassword() {
        store.api()
                .body(Map.of("email", "nobody@example.test", "password", Platform.PASSWORD))
                .post("/api/auth/login")
                .then()
                .statusCode(401)
                .body("error.code", equalTo("INVALID_CREDENTIALS"));
    }

    @Test
    void aResetLinkByEmailSetsANewPasswordOnceAndSignsOutEveryDevice() throws Exception {
        store.register("reset@example.test");
        String before = store.login("reset@example.test");
        store.as(before).get("/api/users/me").then().statusCode(200);
        store.api()
                .body(Map.of("email", "reset@example.test"))
                .post("/api/auth/forgot")
                .then()
                .statusCode(202);

        MimeMessage message = awaitMailTo("reset@example.test");
        assertThat(message.getSubject()).contains("réinitialisation");
        String token = tokenIn((String) message.getContent());

        store.api()
                .body(Map.of("token", token, "password", "a-brand-new-password"))
                .post("/api/auth/reset")
                .then()
                .statusCode(204);
        store.as(before).get("/api/users/me").then().statusCode(401).body("error.code", equalTo("TOKEN_REVOKED"));
        String after = store.api()
                .body(Map.of("email", "reset@example.test", "password", "a-brand-new-password"))
                .post("/api/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("token");
        store.as(after).get("/api/users/me").then().statusCode(200);
        store.api()
                .body(Map.of("token", token, "password", "another-new-password"))
                .post("/api/auth/reset")
                .then()
                .statusCode(400)
                .body("error.code", equalTo("INVALID_RESET_TOKEN"));
    }

    @Test
    void resetEmailsSpeakTheCustomersLanguage() throws Exception {
        store.api()
                .header("Accept-Language", "en-GB,en;q=0.8")
                .body(Map.of(
                        "name",
                        "Grace",
                        "email",
                        "grace@example.test",
                        "password",
                        Platform.PASSWORD,
                        "accept_terms",
                        true))
                .post("/api/auth/register")
                .then()
                .statusCode(201);
        store.api()
                .body(Map.of("email", "grace@example.test"))
                .post("/api/auth/forgot")
                .then()
                .statusCode(202);
        assertThat(awaitMailTo("grace@example.test").getSubject()).contains("reset your password");
    }

    @Test
    void forgotSaysTheSameForUnknownEmailsAndSendsNothing() throws Exception {
        store.api()
                .body(Map.of("email", "ghost@example.test"))
                .post("/api/auth/forgot")
                .then()
                .statusCode(202);
        store.api()
                .body(Map.of("email", "not an email"))
                .post("/api/auth/forgot")
                .then()
                .statusCode(202);
        store.register("known-after-ghost@example.test");
        store.api()
                .body(Map.of("email", "known-after-ghost@example.test"))
                .post("/api/auth/forgot")
                .then()
                .statusCode(202);

        assertThat(awaitMailTo("known-after-ghost@example.test").getSubject())
                .as("the e-mail asked for after the ghost's arrives")
                .contains("mot de passe");
        assertThat(Mailbox.to(MAIL, "ghost@example.test")).isEmpty();
        try (Connection db = Platform.database();
                PreparedStatement query = db.prepareStatement("SELECT count(*) FROM " + store.schema()
                        + ".notifications WHERE recipient IN ('ghost@example.test', 'not an email')")) {
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getLong(1))
                        .as("outbox rows for unknown addresses")
                        .isZero();
            }
        }
    }

    @Test
    void forgedOrMalformedResetTokensAre400() {
        store.api()
                .body(Map.of("token", "forged-token-value", "password", "a-brand-new-password"))
                .post("/api/auth/reset")
                .then()
                .statusCode(400)
                .body("error.code", equalTo("INVALID_RESET_TOKEN"));
        store.api()
                .body(Map.of("token", "x".repeat(5000), "password", "a-brand-new-password"))
                .post("/api/auth/reset")
                .then()
                .statusCode(400);
        store.api()
                .body(Map.of("token", "whatever", "password", "short"))
                .post("/api/auth/reset")
                .then()
                .statusCode(422)
                .body("error.field", equalTo("password"));
    }

    private static void assertFieldRefused(Map<String, Object> body, String field) {
        store.api()
                .body(body)
                .post("/api/auth/register")
                .then()
                .statusCode(422)
                .body("error.code", equalTo("VALIDATION_FAILED"))
                .body("error.field", equalTo(field));
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    private static MimeMessage awaitMailTo(String recipient) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage message : MAIL.getReceivedMessages()) {
                if (message.getAllRecipients()[0].toString().equals(recipient)) {
                    return message;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No e-mail reached " + recipient);
    }

    private static String tokenIn(String body) {
        Matcher matcher =
                Pattern.compile("reset-password\\?token=([A-Za-z0-9_-]+)").matcher(body);
        assertThat(matcher.find()).as("reset link in %s", body).isTrue();
        return matcher.group(1);
    }
}
