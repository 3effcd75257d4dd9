package com.mastertrade.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.mastertrade.notification.EmailType;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every e-mail the platform sends, triggered for real, and every link in it opened: each must end on a 200 page,
 * at most through the sign-in it leads a visitor to first (a link that leads to a 404 page is a broken promise to
 * a customer). A new {@link EmailType} fails this test
 * until it is triggered here too.
 */
class EmailLinksIT {

    @RegisterExtension
    static final GreenMailExtension MAIL =
            new GreenMailExtension(new ServerSetup(Integer.getInteger("mt.smtp.port", 3025), "127.0.0.1", "smtp"));

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");
    private static final long PRICE = 150_000;

    private final Platform.Store store = Platform.openStore("links");
    private final String admin = store.adminToken();
    private final long productId = store.createProduct(admin, "LINKS-PRO", 365, 2, 0);
    private final String secret = Payments.enableSandbox(store, admin);

    @Test
    void everyLinkOfEveryEmailAnswers200() throws Exception {
        Map<EmailType, String> recipients = new EnumMap<>(EmailType.class);
        recipients.put(EmailType.PASSWORD_RESET, passwordReset());
        String buyer = customer("buyer");
        long licenseId = paid(buyer, Payments.placeOrder(store, store.login(buyer), productId));
        recipients.put(EmailType.PAYMENT_CONFIRMED, buyer);
        recipients.put(EmailType.RENEWAL_CONFIRMED, renewal(buyer, licenseId));
        recipients.put(EmailType.PAYMENT_FAILED, failed());
        recipients.put(EmailType.REFUND_DONE, refunded());
        assertThat(recipients.keySet()).containsExactlyInAnyOrder(EmailType.values());

        List<String> links = new ArrayList<>();
        for (String recipient : recipients.values().stream().distinct().toList()) {
            for (MimeMessage mail : Mailbox.settled(MAIL, store, recipient)) {
                List<String> found = linksIn(Mailbox.text(mail));
                assertThat(found).as("links in '%s'", mail.getSubject()).isNotEmpty();
                links.addAll(found);
            }
        }
        assertThat(links).hasSizeGreaterThanOrEqualTo(EmailType.values().length);
        for (String link : links) {
            var answer = given().redirects().follow(false).get(link);
            if (answer.statusCode() == 302) {
                assertThat(answer.header("Location")).as(link).contains("/login?next=");
                answer = given().get(answer.header("Location"));
            }
            assertThat(answer.statusCode()).as(link).isEqualTo(200);
        }
    }

    private String passwordReset() {
        String email = customer("forgetful");
        store.api()
                .header("X-Forwarded-For", Platform.clientAddress())
                .body(Map.of("email", email))
                .post("/api/auth/forgot")
                .then()
                .statusCode(202);
        return email;
    }

    private String renewal(String email, long licenseId) {
        long renewalOrder = store.as(store.login(email))
                .body(Map.of("provider", "sandbox"))
                .post("/api/licenses/" + licenseId + "/renew")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        settle(renewalOrder, "paid");
        return email;
    }

    private String failed() {
        String email = customer("declined");
        settle(Payments.placeOrder(store, store.login(email), productId), "failed");
        return email;
    }

    private String refunded() {
        String email = customer("refunded");
        long orderId = Payments.placeOrder(store, store.login(email), productId);
        paid(email, orderId);
        settle(orderId, "refunded");
        return email;
    }

    /** Pays the order and answers its licence's id. */
    private long paid(String email, long orderId) {
        settle(orderId, "paid");
        return store.as(store.login(email))
                .get("/api/orders/" + orderId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("license_id");
    }

    private void settle(long orderId, String status) {
        Payments.webhook(store, secret, Payments.event("evt_" + UUID.randomUUID(), orderId, status, PRICE, "XOF"))
                .then()
                .statusCode(200);
    }

    private String customer(String name) {
        String email = name + "@" + store.slug() + ".test";
        store.register(email);
        return email;
    }

    private static List<String> linksIn(String text) {
        List<String> links = new ArrayList<>();
        Matcher matcher = LINK.matcher(text);
        while (matcher.find()) {
            links.add(matcher.group());
        }
        return links;
    }
}
