package com.mastertrade.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.response.Response;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The page a reset e-mail links to, used as a browser would: open the link, post the form, sign in. */
class ResetPasswordPageIT {

    @RegisterExtension
    static final GreenMailExtension MAIL =
            new GreenMailExtension(new ServerSetup(Integer.getInteger("mt.smtp.port", 3025), "127.0.0.1", "smtp"));

    private static final Pattern LINK = Pattern.compile("(http://\\S+/reset-password\\?token=[A-Za-z0-9_-]+)");
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"reset\"[^>]*action=\"([^\"]+)\"");
    private static final String NEW_PASSWORD = "soleil-mangue-42-pirogue";

    private static Platform.Store store;

    @BeforeAll
    static void openStore() {
        store = Platform.openStore("reset-page");
    }

    @Test
    void theEmailedLinkOpensAFormThatSetsTheNewPasswordOnce() throws Exception {
        String email = "awa@" + store.slug() + ".test";
        store.register(email);
        String link = emailedLink(email);
        assertThat(link).startsWith(Platform.BASE_URL + "/t/" + store.slug() + "/reset-password?token=");

        Form form = Form.open(link, "fr-FR,fr;q=0.9");
        assertThat(form.page().asString()).contains("Nouveau mot de passe", "Store " + store.slug());
        assertThat(form.action()).isEqualTo("/t/" + store.slug() + "/reset-password");

        assertThat(form.post("azertyuiop", "azertyuiop").asString())
                .contains("Ce mot de passe est trop facile à deviner");
        assertThat(form.post(NEW_PASSWORD, NEW_PASSWORD + "!").asString()).contains("Les deux mots de passe sont");
        assertThat(form.post(NEW_PASSWORD, NEW_PASSWORD).asString()).contains("Votre mot de passe est changé");

        store.api()
                .body(Map.of("email", email, "password", NEW_PASSWORD))
                .post("/api/auth/login")
                .then()
                .statusCode(200);
        store.api()
                .body(Map.of("email", email, "password", Platform.PASSWORD))
                .post("/api/auth/login")
                .then()
                .statusCode(401);
        Response spent = given().get(link);
        spent.then().statusCode(200);
        assertThat(spent.asString()).contains("Ce lien n’est plus valable").doesNotContain("<form id=\"reset\"");
    }

    @Test
    void theFormSpeaksEnglishOnRequestAndAnswersAtTheStoresOwnHost() throws Exception {
        String email = "grace@" + store.slug() + ".test";
        store.register(email);
        String link = emailedLink(email);

        assertThat(Form.open(link, "en-GB,en;q=0.8").page().asString()).contains("New password", "The same again");
        String path = link.substring(link.indexOf("/reset-password"));
        RawHttp.Answer byHost = RawHttp.get(path, "Host: " + store.slug() + ".localhost");
        assertThat(byHost.status()).isEqualTo(200);
        assertThat(byHost.body()).contains("Nouveau mot de passe", "action=\"/reset-password\"");
    }

    @Test
    void aPostWithoutThisSessionsViewStateChangesNothing() throws Exception {
        String email = "kofi@" + store.slug() + ".test";
        store.register(email);
        Form form = Form.open(emailedLink(email), "fr");

        form.post(NEW_PASSWORD, NEW_PASSWORD, form.viewState(), Map.of())
                .then()
                .statusCode(403)
                .body("error.code", equalTo("FORM_EXPIRED"));
        store.login(email);
    }

    @Test
    void anUnknownLinkSaysSoWithoutAForm() {
        Response page = given().get(store.path("/reset-password?token=" + "x".repeat(43)));
        page.then().statusCode(200);
        assertThat(page.asString()).contains("Ce lien n’est plus valable").doesNotContain("<form");
        given().get(store.path("/reset-password")).then().statusCode(200);
    }

    private static String emailedLink(String email) throws Exception {
        store.api()
                .header("X-Forwarded-For", Platform.clientAddress())
                .body(Map.of("email", email))
                .post("/api/auth/forgot")
                .then()
                .statusCode(202);
        Matcher link = LINK.matcher(Mailbox.text(Mailbox.awaitOne(MAIL, email)));
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    /** The reset form as a browser holds it: its session cookie, action and the latest view state. */
    private static final class Form {

        private final Response page;
        private final String action;
        private final Map<String, String> cookies;
        private String viewState;
        private final String nonce;

        private Form(Response page, String action, String viewState, Map<String, String> cookies) {
            this.page = page;
            this.action = action;
            this.viewState = viewState;
            this.cookies = cookies;
            this.nonce = Payments.nonceOf(page);
        }

        static Form open(String link, String language) {
            Response page = given().header("Accept-Language", language).get(link);
            page.then().statusCode(200);
            Matcher action = FORM_ACTION.matcher(page.asString());
            Matcher state = VIEW_STATE.matcher(page.asString());
            assertThat(action.find()).as("reset form in %s", page.asString()).isTrue();
            assertThat(state.find()).as("view state").isTrue();
            return new Form(page, action.group(1).replace("&amp;", "&"), state.group(1), page.getCookies());
        }

        Response page() {
            return page;
        }

        String action() {
            return action;
        }

        String viewState() {
            return viewState;
        }

        /** Posts as the browser would, and keeps the view state the answer carries. */
        Response post(String password, String confirmation) {
            Response answer = post(password, confirmation, viewState, cookies);
            answer.then().statusCode(200);
            Matcher state = VIEW_STATE.matcher(answer.asString());
            if (state.find()) {
                viewState = state.group(1);
            }
            return answer;
        }

        Response post(String password, String confirmation, String withViewState, Map<String, String> withCookies) {
            return given().redirects()
                    .follow(false)
                    .cookies(withCookies)
                    .header("Accept-Language", "fr")
                    .contentType("application/x-www-form-urlencoded")
                    .formParam("reset", "reset")
                    .formParam("reset:password", password)
                    .formParam("reset:confirmation", confirmation)
                    .formParam("reset:save", "save")
                    .formParam("jakarta.faces.ViewState", withViewState)
                    .formParam("primefaces.nonce", nonce)
                    .post(action);
        }
    }
}
