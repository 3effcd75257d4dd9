package com.mastertrade.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The throttles of sign-in, sign-up and password resets (ADR 0011), each client at an address of its own through
 * the test domain's trusted loopback proxy. The numbers are the contract's, written out here.
 */
class ThrottlesIT {

    @RegisterExtension
    static final GreenMailExtension MAIL =
            new GreenMailExtension(new ServerSetup(Integer.getInteger("mt.smtp.port", 3025), "127.0.0.1", "smtp"));

    @Test
    void failedSignInsAtOneStoreSlowNeitherAnotherStoreNorTheOperatorsFromTheSameAddress() {
        Platform.Store first = Platform.openStore("thr-a");
        Platform.Store second = Platform.openStore("thr-b");
        String attacker = Platform.clientAddress();
        for (int i = 0; i < 20; i++) {
            signIn(first, attacker, "nobody" + i + "@example.test", "wrong-password-" + i)
                    .then()
                    .statusCode(401);
        }
        String retryAfter = signIn(first, attacker, first.adminEmail(), Platform.PASSWORD)
                .then()
                .statusCode(429)
                .body("error.code", equalTo("TOO_MANY_ATTEMPTS"))
                .extract()
                .header("Retry-After");
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 15 * 60L);

        signIn(second, attacker, second.adminEmail(), Platform.PASSWORD).then().statusCode(200);
        given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", attacker)
                .body(Map.of("email", Platform.OPERATOR_EMAIL, "password", Platform.OPERATOR_PASSWORD))
                .post("/operator/api/auth/login")
                .then()
                .statusCode(200);
        signIn(first, Platform.clientAddress(), first.adminEmail(), Platform.PASSWORD)
                .then()
                .statusCode(200);
    }

    @Test
    void fiveWrongPasswordsDoNotLockAStaffAccountsOwnerOut() {
        Platform.Store store = Platform.openStore("thr-staff");
        String guesser = Platform.clientAddress();
        for (int i = 0; i < 5; i++) {
            signIn(store, guesser, store.adminEmail(), "wrong-password-" + i)
                    .then()
                    .statusCode(401);
        }
        signIn(store, guesser, store.adminEmail(), Platform.PASSWORD).then().statusCode(429);
        signIn(store, Platform.clientAddress(), store.adminEmail(), Platform.PASSWORD)
                .then()
                .statusCode(200);
    }

    @Test
    void theAddressRecordedIsTheClientsBehindTheTrustedProxyNotWhatTheClientClaims() throws Exception {
        Platform.Store store = Platform.openStore("thr-addr");
        String client = Platform.clientAddress();
        long id = store.api()
                .header("X-Forwarded-For", "1.1.1.1, " + client)
                .body(Map.of(
                        "name",
                        "Awa",
                        "email",
                        "awa@example.test",
                        "password",
                        Platform.PASSWORD,
                        "accept_terms",
                        true))
                .post("/api/auth/register")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        try (Connection db = Platform.database();
                PreparedStatement query =
                        db.prepareStatement("SELECT ip FROM " + store.schema() + ".consents WHERE user_id = ?")) {
            query.setLong(1, id);
            try (ResultSet consent = query.executeQuery()) {
                assertThat(consent.next()).isTrue();
                assertThat(consent.getString("ip")).isEqualTo(client);
            }
        }
    }

    @Test
    void tenSignUpsAnHourPerStoreAndAddressThen429() {
        Platform.Store store = Platform.openStore("thr-signup");
        Platform.Store other = Platform.openStore("thr-signup");
        String flooder = Platform.clientAddress();
        for (int i = 0; i < 10; i++) {
            signUp(store, flooder, "flood" + i + "@example.test").then().statusCode(201);
        }
        String retryAfter = signUp(store, flooder, "flood10@example.test")
                .then()
                .statusCode(429)
                .body("error.code", equalTo("TOO_MANY_SIGNUPS"))
                .extract()
                .header("Retry-After");
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 3600L);
        signUp(store, Platform.clientAddress(), "flood10@example.test").then().statusCode(201);
        signUp(other, flooder, "flood0@example.test").then().statusCode(201);
    }

    @Test
    void threeResetEmailsAnHourPerAccountAndTheSameAnswerEveryTime() throws Exception {
        Platform.Store store = Platform.openStore("thr-reset");
        String email = "forgetful@" + store.slug() + ".test";
        store.register(email);
        for (int i = 0; i < 6; i++) {
            forgot(store, Platform.clientAddress(), email).then().statusCode(202);
        }
        assertThat(Mailbox.settled(MAIL, store, email)).hasSize(3);
    }

    @Test
    void tenResetRequestsAnHourPerStoreAndAddress() throws Exception {
        Platform.Store store = Platform.openStore("thr-reset-addr");
        List<String> accounts = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            accounts.add("member" + i + "@" + store.slug() + ".test");
            store.register(accounts.get(i));
        }
        String flooder = Platform.clientAddress();
        for (String account : accounts) {
            forgot(store, flooder, account).then().statusCode(202);
        }
        Mailbox.awaitOne(MAIL, accounts.get(9));
        Thread.sleep(2_500);
        assertThat(accounts.stream().filter(a -> !Mailbox.to(MAIL, a).isEmpty()))
                .hasSize(10)
                .doesNotContain(accounts.get(10));
    }

    private static Response signIn(Platform.Store store, String from, String email, String password) {
        return store.api()
                .header("X-Forwarded-For", from)
                .body(Map.of("email", email, "password", password))
                .post("/api/auth/login");
    }

    private static Response signUp(Platform.Store store, String from, String email) {
        return store.api()
                .header("X-Forwarded-For", from)
                .body(Map.of("name", "Flood", "email", email, "password", Platform.PASSWORD, "accept_terms", true))
                .post("/api/auth/register");
    }

    private static Response forgot(Platform.Store store, String from, String email) {
        return store.api()
                .header("X-Forwarded-For", from)
                .body(Map.of("email", email))
                .post("/api/auth/forgot");
    }
}
