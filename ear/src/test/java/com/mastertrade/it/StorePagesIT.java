package com.mastertrade.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store's pages as an attacker or a careless visitor reaches them: addresses that do not exist, other
 * people's ids, script in the search, sessions of another store, forms posted from elsewhere, the sign-in
 * throttle, open redirects, and the store's branding as its administrator sets it.
 */
class StorePagesIT {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The nonce PrimeFaces' script adds to every form it sends, as the page gave it. */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private static Platform.Store store;
    private static Platform.Store other;
    private static String admin;

    @BeforeAll
    static void twoStores() {
        store = Platform.openStore("pages");
        other = Platform.openStore("pages-other");
        admin = store.adminToken();
        store.createProduct(admin, "PAGES-PAIE", 365, 1, 0);
    }

    @Test
    void everyAddressOfTheSpecificationAnswersWithoutExtension() {
        for (String path : new String[] {
            "/",
            "/products",
            "/products/PAGES-PAIE",
            "/pricing",
            "/contact",
            "/legal/terms",
            "/legal/privacy",
            "/login",
            "/register",
            "/forgot"
        }) {
            page(path).then().statusCode(200).body(containsString("Store " + store.slug()));
        }
        for (String path : new String[] {
            "/dashboard",
            "/licenses",
            "/licenses/1",
            "/orders",
            "/orders/1",
            "/downloads",
            "/account",
            "/products/PAGES-PAIE/checkout"
        }) {
            Response sent = page(path);
            assertThat(sent.statusCode()).as(path).isEqualTo(302);
            assertThat(sent.header("Location")).as(path).contains(store.path("/login?next="));
        }
    }

    @Test
    void unknownAddressesAndSkusAreTheStoresOwnNotFoundPageForBrowsersAndJsonForTheApi() {
        for (String path : new String[] {
            "/products/NO-SUCH-SKU",
            "/legal/cookies",
            "/nowhere",
            "/catalog/products.xhtml",
            "/products/" + "x".repeat(80)
        }) {
            Response answer = page(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.contentType()).as(path).startsWith("text/html");
            assertThat(answer.asString())
                    .as(path)
                    .contains("Page introuvable", "Store " + store.slug())
                    .doesNotContain("<script>", "Exception");
        }
        given().get(store.path("/products/NO-SUCH-SKU"))
                .then()
                .statusCode(404)
                .body("error.code", containsString("NOT_FOUND"));
    }

    @Test
    void whatTheVisitorTypesIsShownAsTextAndOverlongSearchesAreCut() {
        String page = given().queryParam("q", "<script>alert(1)</script>")
                .get(store.path("/products"))
                .asString();
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
        given().queryParam("q", "x".repeat(5000))
                .get(store.path("/products"))
                .then()
                .statusCode(200);
        given().queryParam("q", "a\u0000b").get(store.path("/products")).then().statusCode(422);
        given().queryParam("page", "-3").get(store.path("/products")).then().statusCode(200);
    }

    @Test
    void anonymousCataloguePagesMakeNoSessionAndCarryOneNonceBasedPolicy() {
        for (String path : new String[] {"/", "/products", "/products/PAGES-PAIE", "/pricing"}) {
            Response answer = page(path);
            assertThat(answer.headers().getValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("JSESSIONID"));
            assertThat(answer.headers().getValues("Content-Security-Policy"))
                    .as(path)
                    .hasSize(1);
        }
        Response login = page("/login");
        String policy = login.header("Content-Security-Policy");
        assertThat(policy)
                .contains("script-src 'self' 'nonce-", "frame-ancestors 'none'", "form-action 'self'")
                .doesNotContain("unsafe-inline';script", "'unsafe-eval'");
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(policy);
        assertThat(nonce.find()).isTrue();
        assertThat(login.asString())
                .contains("nonce=\"" + nonce.group(1) + "\"")
                .doesNotContain(" onclick=\"");
    }

    @Test
    void showcasePagesServedAgainEachHaveTheirOwnNonceAndAChangeShowsAtOnce() {
        String sku = "PAGES-SHOW-" + System.nanoTime() % 100_000;
        long product = store.createProduct(admin, sku, 30, 1, 0);
        List<String> nonces = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Response answer = page("/products");
            Matcher policy = Pattern.compile("'nonce-([^']+)'").matcher(answer.header("Content-Security-Policy"));
            assertThat(policy.find()).isTrue();
            assertThat(answer.asString())
                    .contains(
                            sku, "nonce=\"" + policy.group(1) + "\"", "PrimeFaces.csp.init('" + policy.group(1) + "')");
            nonces.add(policy.group(1));
        }
        assertThat(nonces).doesNotHaveDuplicates();

        store.as(admin)
                .post("/api/admin/products/" + product + "/unpublish")
                .then()
                .statusCode(200);
        assertThat(page("/products").asString()).doesNotContain(sku);
        assertThat(page("/products/" + sku).statusCode()).isEqualTo(404);

        assertThat(given().header("Accept-Language", "en")
                        .get(store.path("/products"))
                        .asString())
                .contains("Product catalogue");
        assertThat(page("/products").asString()).contains("Catalogue des produits");
        String email = registered("showcase");
        String session = signIn(email, Platform.PASSWORD, null).cookie("JSESSIONID");
        assertThat(given().cookie("JSESSIONID", session)
                        .get(store.path("/products"))
                        .asString())
                .contains("Customer " + email);
        assertThat(page("/products").asString()).doesNotContain(email);
    }

    @Test
    void theContinuePageGoesOnlyWhereTheSessionSays() {
        assertThat(page("/continue?to=https%3A%2F%2Fevil.example%2F").header("Location"))
                .contains(store.path("/login?next="));
        String session = signIn(registered("handoff"), Platform.PASSWORD, null).cookie("JSESSIONID");
        for (String to : new String[] {"https://evil.example/", "forged-id", ""}) {
            Response answer = given().redirects()
                    .follow(false)
                    .cookie("JSESSIONID", session)
                    .queryParam("to", to)
                    .get(store.path("/continue"));
            assertThat(answer.statusCode()).as(to).isEqualTo(302);
            assertThat(answer.header("Location")).as(to).endsWith(store.path("/dashboard"));
            assertThat(answer.asString()).doesNotContain("evil.example");
        }
    }

    @Test
    void theSignInSendsOnlyToAddressesOfThisStoreAndChangesTheSessionId() {
        String email = "moussa@" + store.slug() + ".test";
        store.register(email);
        for (String next : new String[] {"https://evil.example/", "//evil.example/x", "/\\evil.example"}) {
            Response signedIn = signIn(email, Platform.PASSWORD, next);
            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(signedIn.header("Location")).endsWith(store.path("/dashboard"));
        }
        Response form = given().get(store.path("/login"));
        Response toOrders = signIn(email, Platform.PASSWORD, store.path("/orders"));
        assertThat(toOrders.header("Location")).endsWith(store.path("/orders"));
        assertThat(toOrders.cookie("JSESSIONID")).isNotNull().isNotEqualTo(form.cookie("JSESSIONID"));
    }

    @Test
    void theSessionOfOneStoreOpensNothingInAnother() {
        String email = "salif@" + store.slug() + ".test";
        store.register(email);
        String session = signIn(email, Platform.PASSWORD, null).cookie("JSESSIONID");
        assertThat(session).isNotNull();

        given().redirects()
                .follow(false)
                .cookie("JSESSIONID", session)
                .get(store.path("/dashboard"))
                .then()
                .statusCode(200)
                .body(containsString("Customer " + email));
        Response elsewhere =
                given().redirects().follow(false).cookie("JSESSIONID", session).get(other.path("/dashboard"));
        assertThat(elsewhere.statusCode()).isEqualTo(302);
        assertThat(elsewhere.header("Location")).contains(other.path("/login"));
    }

    @Test
    void aWrongPasswordIsRefusedInTheVisitorsLanguageAndRepeatedOnesAreThrottledLikeTheApi() {
        String email = "bintou@" + store.slug() + ".test";
        store.register(email);
        String page = signIn(email, "wrong-password-1", null).asString();
        assertThat(page).contains("Adresse e-mail ou mot de passe incorrect");
        String last = "";
        for (int i = 0; i < 12 && !last.contains("Trop de tentatives"); i++) {
            last = signIn(email, "wrong-password-" + i, null).asString();
        }
        assertThat(last).contains("Trop de tentatives");
        store.api()
                .body(Map.of("email", email, "password", Platform.PASSWORD))
                .post("/api/auth/login")
                .then()
                .statusCode(429);
    }

    @Test
    void aSignOutPostedFromAnotherSiteIsRefusedAndAPasswordChangeEndsOtherSessions() {
        String email = "adjoa@" + store.slug() + ".test";
        store.register(email);
        String session = signIn(email, Platform.PASSWORD, null).cookie("JSESSIONID");

        given().redirects()
                .follow(false)
                .cookie("JSESSIONID", session)
                .header("Sec-Fetch-Site", "cross-site")
                .post(store.path("/logout"))
                .then()
                .statusCode(403);
        given().redirects()
                .follow(false)
                .cookie("JSESSIONID", session)
                .get(store.path("/dashboard"))
                .then()
                .statusCode(200);

        String otherBrowser = signIn(email, Platform.PASSWORD, null).cookie("JSESSIONID");
        Response account = given().cookie("JSESSIONID", otherBrowser).get(store.path("/account"));
        Matcher state = VIEW_STATE.matcher(account.asString());
        Matcher nonce = NONCE.matcher(account.asString());
        assertThat(state.find()).isTrue();
        assertThat(nonce.find()).isTrue();
        String newPassword = "fromager-harmattan-31";
        given().redirects()
                .follow(false)
                .cookie("JSESSIONID", otherBrowser)
                .formParam("password", "password")
                .formParam("password:current", Platform.PASSWORD)
                .formParam("password:new", newPassword)
                .formParam("password:confirmation", newPassword)
                .formParam("password:submit", "")
                .formParam("jakarta.faces.ViewState", state.group(1))
                .formParam("primefaces.nonce", nonce.group(1))
                .post(store.path("/account"))
                .then()
                .statusCode(200)
                .body(containsString("Votre mot de passe est changé"));

        given().redirects()
                .follow(false)
                .cookie("JSESSIONID", session)
                .get(store.path("/dashboard"))
                .then()
                .statusCode(302);
        given().redirects().follow(false).get(store.path("/dashboard")).then().statusCode(302);
        store.api()
                .body(Map.of("email", email, "password", newPassword))
                .post("/api/auth/login")
                .then()
                .statusCode(200);
    }

    @Test
    void anExpiredFormOpensAgainSayingSoInsteadOfAnError() {
        Response posted = given().redirects()
                .follow(false)
                .header("Accept", "text/html")
                .formParam("login", "login")
                .formParam("login:email", "x@example.com")
                .formParam("login:password", "whatever-password")
                .formParam("login:submit", "")
                .formParam("jakarta.faces.ViewState", "123:456")
                .post(store.path("/login"));
        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(posted.header("Location")).endsWith(store.path("/login?expired"));
        given().get(posted.header("Location")).then().statusCode(200).body(containsString("Cette page avait expiré"));
    }

    @Test
    void theAdministratorBrandsTheStoreAndOnlyTheirStoreChanges() {
        Map<String, String> branding = Map.of(
                "tagline", "Le <b>meilleur</b> logiciel",
                "primary_color", "#7a1f5c",
                "contact_email", "contact@pages.example",
                "terms", "Article 1.\n\nArticle 2 <script>x</script>.");
        store.as(admin)
                .body(Map.of("branding", branding))
                .put("/api/admin/store")
                .then()
                .statusCode(200)
                .body("branding.primary_color", containsString("#7a1f5c"));

        String home = page("/").asString();
        assertThat(home).contains("Le &lt;b&gt;meilleur&lt;/b&gt; logiciel", "--brand:#7a1f5c");
        assertThat(page("/legal/terms").asString()).contains("<p>Article 1.</p>", "Article 2 &lt;script&gt;");
        assertThat(page("/contact").asString()).contains("contact@pages.example");
        assertThat(given().get(other.path("/")).asString()).doesNotContain("meilleur", "#7a1f5c");
        given().get(store.path("/api/store"))
                .then()
                .statusCode(200)
                .body("branding.tagline", containsString("meilleur"));

        store.as(admin)
                .body(Map.of("branding", Map.of("primary_color", "red")))
                .put("/api/admin/store")
                .then()
                .statusCode(422)
                .body("error.field", containsString("branding"));
        store.as(admin)
                .body(Map.of("branding", Map.of("logo_url", "javascript:alert(1)")))
                .put("/api/admin/store")
                .then()
                .statusCode(422);
        store.as(store.login(registered("client")))
                .body(Map.of("branding", Map.of()))
                .put("/api/admin/store")
                .then()
                .statusCode(403);
    }

    @Test
    void aCustomerChangesTheirDetailsAndLanguageButNeverTheirEmailOrRole() {
        String email = registered("kwame");
        String token = store.login(email);

        store.as(token)
                .body(Map.of("name", "Kwame Mensah", "country", "gh", "language", "en"))
                .put("/api/users/me")
                .then()
                .statusCode(200)
                .body("name", equalTo("Kwame Mensah"))
                .body("country", equalTo("GH"));
        store.as(token)
                .body(Map.of("email", "other@example.com", "role", "admin"))
                .put("/api/users/me")
                .then()
                .statusCode(200)
                .body("email", equalTo(email))
                .body("role", equalTo("user"));
        store.as(token)
                .body(Map.of("language", "de"))
                .put("/api/users/me")
                .then()
                .statusCode(422)
                .body("error.field", equalTo("language"));
        store.as(token)
                .body(Map.of("name", " "))
                .put("/api/users/me")
                .then()
                .statusCode(422)
                .body("error.field", equalTo("name"));
        store.as(token)
                .body(Map.of())
                .put("/api/users/me")
                .then()
                .statusCode(200)
                .body("name", equalTo("Kwame Mensah"));
    }

    private static String registered(String name) {
        String email = name + System.nanoTime() + "@" + store.slug() + ".test";
        store.register(email);
        return email;
    }

    private static Response page(String path) {
        return given().redirects()
                .follow(false)
                .header("Accept", "text/html")
                .header("Accept-Language", "fr")
                .get(store.path(path));
    }

    /** Posts the sign-in form as a browser does: its page's session and view state first. */
    private static Response signIn(String email, String password, String next) {
        return signIn(email, password, next, Platform.clientAddress());
    }

    private static Response signIn(String email, String password, String next, String address) {
        Response form = given().header("Accept-Language", "fr").get(store.path("/login"));
        Matcher state = VIEW_STATE.matcher(form.asString());
        Matcher nonce = NONCE.matcher(form.asString());
        assertThat(state.find()).isTrue();
        assertThat(nonce.find()).isTrue();
        var post = given().redirects()
                .follow(false)
                .header("Accept-Language", "fr")
                .cookies(form.getCookies())
                .header("X-Forwarded-For", address)
                .formParam("login", "login")
                .formParam("login:email", email)
                .formParam("login:password", password)
                .formParam("login:submit", "")
                .formParam("jakarta.faces.ViewState", state.group(1))
                .formParam("primefaces.nonce", nonce.group(1));
        if (next != null) {
            post = post.formParam("next", next);
        }
        return post.post(store.path("/login"));
    }
}
