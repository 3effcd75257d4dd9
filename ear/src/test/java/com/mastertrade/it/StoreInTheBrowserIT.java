package com.mastertrade.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The customer's journeys in a real browser (headless Chromium): sign up, buy with the sandbox, see the licence,
 * download the installer, free a device; forget the password and reset it from the e-mail; stay out of another
 * store; read the store in English. Every page is saved as a screenshot, desktop and phone, in
 * {@code target/screenshots}, after checking it has no untranslated key and does not scroll sideways on a phone.
 */
class StoreInTheBrowserIT {

    @RegisterExtension
    static final GreenMailExtension MAIL =
            new GreenMailExtension(new ServerSetup(Integer.getInteger("mt.smtp.port", 3025), "127.0.0.1", "smtp"));

    private static final Pattern RESET_LINK = Pattern.compile("(http://\\S+/reset-password\\?token=[A-Za-z0-9_-]+)");
    private static final String SKU = "BRW-COMPTA";
    private static final byte[] INSTALLER = installer();

    private static Platform.Store store;
    private static Platform.Store other;
    private static String admin;
    private static String sandboxSecret;
    private static long product;

    @BeforeAll
    static void aStoreSellingOneProductThroughTheSandbox() throws Exception {
        store = Platform.openStore("browser");
        other = Platform.openStore("browser-other");
        admin = store.adminToken();
        sandboxSecret = Payments.enableSandbox(store, admin);
        product = store.createProduct(admin, SKU, 365, 2, 14);
        Downloads.publish(store, admin, product, "1.0.0", INSTALLER);
        store.as(admin)
                .body(Map.of(
                        "branding",
                        Map.of("tagline", "Vos logiciels de gestion, livrés tout de suite", "accent_color", "#0a7d3b")))
                .put("/api/admin/store")
                .then()
                .statusCode(200);
    }

    @Test
    void aNewCustomerBuysWithTheSandboxThenDownloadsAndFreesADevice() throws Exception {
        try (Browser browser = Browser.open("fr")) {
            browser.go(url(store, "/"));
            assertThat(browser.text()).contains("Bienvenue sur Store " + store.slug(), "Vos logiciels de gestion", SKU);
            browser.screenshots("home");

            browser.submit("a.button.small[href$='/register']");
            browser.screenshots("register");
            String email = "awa@" + store.slug() + ".test";
            browser.type("[id='register:name']", "Awa Koné")
                    .type("[id='register:email']", email)
                    .type("[id='register:password']", "mangue-soleil-pirogue-42");
            browser.find("[id='register:terms']").click();
            browser.submit("[id='register:submit']");
            assertThat(browser.url()).endsWith("/t/" + store.slug() + "/dashboard");
            assertThat(browser.text()).contains("Bonjour Awa Koné", "Vous n’avez pas encore de licence");

            browser.go(url(store, "/products/" + SKU));
            assertThat(browser.text())
                    .contains(SKU, "Version", "Essai de 14 jours")
                    .containsPattern("150.000.FCFA");
            assertThat(browser.find(".trial input[type=submit]").getAttribute("value"))
                    .isEqualTo("Essayer gratuitement");
            browser.screenshots("product");
            browser.submit("a.button.wide");
            assertThat(browser.url()).endsWith("/products/" + SKU + "/checkout");
            assertThat(browser.find("img[src*='sandbox.svg']").isDisplayed()).isTrue();
            browser.screenshots("checkout");
            browser.submit("[id='checkout:pay']");
            browser.waitUntil(ExpectedConditions.urlContains("/sandbox/checkout.xhtml"));
            browser.submit("[id='checkout:pay']");
            assertThat(browser.url()).contains("/orders/status.xhtml?ref=MT-");

            browser.go(url(store, "/dashboard"));
            for (int i = 0;
                    i < 40 && browser.all(".license-card .status-active").isEmpty();
                    i++) {
                Thread.sleep(250);
                browser.go(url(store, "/dashboard"));
            }
            assertThat(browser.find(".license-card").getText())
                    .contains(SKU, "Active", "Jusqu’au", "365 jours restants");
            assertThat(browser.text()).contains("Payée");
            browser.screenshots("dashboard");

            browser.go(url(store, "/products/" + SKU + "/checkout"));
            assertThat(browser.find(".recently-paid").getText())
                    .contains("Vous avez payé ce logiciel il y a quelques minutes", "Voir la commande");
            browser.go(url(store, "/dashboard"));
            browser.find(".license-card input[value='Télécharger']").click();
            assertThat(awaitDownload(browser.downloads, ".exe", INSTALLER.length))
                    .hasSameBinaryContentAs(installerFile());
            assertThat(browser.url()).contains("/continue?to=");
            assertThat(browser.text()).contains("Votre téléchargement commence", "Retour à la boutique");
            browser.screenshots("continue-download");
            browser.submit(".handoff .links a");

            String key = browser.find(".license-card .key code").getText();
            Platform.licenseCall("activate", key, "PC-COMPTA-01").then().statusCode(200);
            browser.submit(".license-card a.secondary");
            assertThat(browser.text()).contains(key, "PC-COMPTA-01", "1 / 2");
            browser.screenshots("license");
            browser.find("[id='devices'] input[value='Fichier hors ligne']").click();
            String offline = JsonPath.from(Files.readString(awaitDownload(browser.downloads, ".mtlic", 0)))
                    .getString("document");
            assertThat(new String(Base64.getDecoder().decode(offline), StandardCharsets.UTF_8))
                    .contains(key, "PC-COMPTA-01");
            browser.submit(".free-device");
            assertThat(browser.text()).contains("Le poste est libéré", "0 / 2", "Aucun poste n’utilise cette licence");

            browser.submit("a.renew");
            assertThat(browser.url()).endsWith("/renew");
            assertThat(browser.text())
                    .contains(SKU, "Renouvellement", "150")
                    .doesNotContain("Page introuvable", "Vous avez payé ce logiciel");
            browser.screenshots("renew");
            browser.submit("[id='checkout:pay']");
            browser.submit("[id='checkout:pay']");
            browser.go(url(store, "/dashboard"));
            for (int i = 0; i < 40 && !browser.find(".license-card").getText().contains("730"); i++) {
                Thread.sleep(250);
                browser.go(url(store, "/dashboard"));
            }
            assertThat(browser.find(".license-card").getText()).contains("730 jours restants");

            browser.go(url(store, "/downloads"));
            assertThat(browser.text()).contains(SKU, "1.0.0", "Mes derniers téléchargements");
            browser.screenshots("downloads");
            browser.go(url(store, "/orders"));
            browser.screenshots("orders");
            browser.submit("table a");
            assertThat(browser.text()).contains("Paiement reçu");
            browser.screenshots("order");
            browser.go(url(store, "/account"));
            browser.screenshots("account");
        }
    }

    @Test
    void aForgottenPasswordIsResetFromTheEmailThenTheCustomerSignsIn() throws Exception {
        String email = "kofi@" + store.slug() + ".test";
        store.register(email);
        try (Browser browser = Browser.open("fr")) {
            browser.go(url(store, "/login"));
            browser.screenshots("login");
            browser.submit("a[href$='/forgot']");
            browser.type("[id='forgot:email']", email).submit("[id='forgot:submit']");
            assertThat(browser.text()).contains("Si un compte utilise cette adresse");
            browser.screenshots("forgot");

            Matcher link = RESET_LINK.matcher(Mailbox.text(Mailbox.awaitOne(MAIL, email)));
            assertThat(link.find()).isTrue();
            browser.go(link.group(1));
            browser.screenshots("reset-password");
            String password = "baobab-lagune-marche-77";
            browser.type("[id='reset:password']", password)
                    .type("[id='reset:confirmation']", password)
                    .submit("[id='reset:save']");
            assertThat(browser.text()).contains("Votre mot de passe est changé");

            browser.go(url(store, "/login"));
            browser.type("[id='login:email']", email).type("[id='login:password']", password);
            browser.submit("[id='login:submit']");
            assertThat(browser.text()).contains("Bonjour Customer " + email);

            browser.go(url(store, "/products/" + SKU));
            browser.submit(".trial input[type=submit]");
            assertThat(browser.url()).contains("/licenses/");
            assertThat(browser.text()).contains(SKU, "Essai", "14 jours restants");
        }
    }

    @Test
    void aCustomerOfOneStoreIsAStrangerToAnotherAndToOtherCustomersLicences() throws Exception {
        String email = "ines@" + store.slug() + ".test";
        store.register(email);
        long someoneElses = store.issueLicense(
                admin, Map.of("product_id", product, "user_id", store.register("yao@" + store.slug() + ".test")));
        try (Browser browser = Browser.open("fr")) {
            signIn(browser, store, email);

            browser.go(url(store, "/licenses/" + someoneElses));
            assertThat(browser.text())
                    .contains("Page introuvable", "Store " + store.slug())
                    .doesNotContain(SKU);
            browser.screenshots("not-found");

            browser.go(url(other, "/dashboard"));
            assertThat(browser.url()).contains("/t/" + other.slug() + "/login?next=");
            assertThat(browser.text()).contains("Connectez-vous pour continuer").doesNotContain("Customer " + email);
        }
    }

    @Test
    void theLanguageSwitchTurnsTheStoreToEnglishAndRemembersIt() throws Exception {
        try (Browser browser = Browser.open("fr")) {
            browser.go(url(store, "/products"));
            assertThat(browser.text()).contains("Catalogue des produits", "Se connecter");

            browser.submit("a[lang='en']");
            assertThat(browser.url()).endsWith("/t/" + store.slug() + "/products");
            assertThat(browser.text()).contains("Product catalogue", "Sign in", "XOF 150,000");
            browser.screenshots("products-en");
            browser.go(url(store, "/pricing"));
            assertThat(browser.text()).contains("Pricing", "365 days");

            browser.submit("a[lang='fr']");
            assertThat(browser.text()).contains("Tarifs", "365 jours");
        }
    }

    @Test
    void thePageOfAnOrderWaitingForItsPaymentTurnsPaidByItself() throws Exception {
        String email = "moussa@" + store.slug() + ".test";
        store.register(email);
        long order = Payments.placeOrder(store, store.login(email), product);
        try (Browser browser = Browser.open("fr")) {
            signIn(browser, store, email);
            browser.go(url(store, "/orders/" + order));
            assertThat(browser.find(".status").getText()).isEqualTo("En attente");
            browser.screenshots("order-pending");
            browser.submit("[id='order:pay']");
            browser.waitUntil(ExpectedConditions.urlContains("/sandbox/checkout.xhtml"));
            browser.go(url(store, "/orders/" + order));

            Payments.webhook(
                            store,
                            sandboxSecret,
                            Payments.event("evt_" + UUID.randomUUID(), order, "paid", 150_000, "XOF"))
                    .then()
                    .statusCode(200);

            browser.waitUntil(ExpectedConditions.textToBe(By.cssSelector(".status"), "Payée"));
            assertThat(browser.url()).endsWith("/orders/" + order);
            assertThat(browser.all("[id='order:pay']")).isEmpty();
        }
    }

    @Test
    void aCustomerChoosesTheirEmailsTakesTheirDataThenDeletesTheirAccount() throws Exception {
        String email = "adjoa@" + store.slug() + ".test";
        store.register(email);
        try (Browser browser = Browser.open("fr")) {
            signIn(browser, store, email);
            browser.go(url(store, "/account"));
            browser.find("[id='emails:newsletter']").click();
            browser.submit("[id='emails:save']");
            assertThat(browser.text()).contains("Vos informations sont enregistrées");
            assertThat(browser.find("[id='emails:newsletter']").isSelected()).isTrue();
            assertThat(browser.find("#data table").getText())
                    .contains("Conditions de vente", "Lettre d’information", "Accepté");
            browser.screenshots("account-data");

            browser.find("[id='export:download']").click();
            assertThat(Files.readString(awaitDownload(browser.downloads, ".json", 0)))
                    .contains("\"email\":\"" + email + "\"", "\"newsletter\":true");

            browser.type("[id='erase:password']", Platform.PASSWORD).submit("[id='erase:submit']");
            assertThat(browser.text()).contains("Cochez la case pour confirmer la suppression");
            browser.type("[id='erase:password']", Platform.PASSWORD);
            browser.find("[id='erase:understood']").click();
            browser.submit("[id='erase:submit']");
            assertThat(browser.url()).endsWith("/login?erased");
            assertThat(browser.text()).contains("Votre compte est supprimé", "Se connecter");
            browser.screenshots("account-erased");

            browser.go(url(store, "/dashboard"));
            assertThat(browser.url()).contains("/login?next=");
        }
        store.api()
                .body(Map.of("email", email, "password", Platform.PASSWORD))
                .post("/api/auth/login")
                .then()
                .statusCode(401);
    }

    private static void signIn(Browser browser, Platform.Store shop, String email) {
        browser.go(url(shop, "/login"));
        browser.type("[id='login:email']", email).type("[id='login:password']", Platform.PASSWORD);
        browser.submit("[id='login:submit']");
        browser.waitUntil(ExpectedConditions.urlContains("/dashboard"));
    }

    private static String url(Platform.Store shop, String path) {
        return Platform.BASE_URL + shop.path(path);
    }

    /** The downloaded file whose name ends so, once complete ({@code size} bytes, or any size above 0 for 0). */
    private static Path awaitDownload(Path folder, String ending, long size) throws Exception {
        for (int i = 0; i < 100; i++) {
            try (Stream<Path> files = Files.list(folder)) {
                // Chromium writes into a hidden or .crdownload file, then renames it to the file's own name.
                Optional<Path> done = files.filter(
                                file -> file.getFileName().toString().endsWith(ending))
                        .findFirst();
                if (done.isPresent() && (size == 0 ? Files.size(done.get()) > 0 : Files.size(done.get()) == size)) {
                    return done.get();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no download in " + folder);
    }

    private static Path installerFile() throws Exception {
        Path file = Files.createTempFile("installer-", ".exe");
        Files.write(file, INSTALLER);
        return file;
    }

    private static byte[] installer() {
        byte[] bytes = new byte[300_000];
        Arrays.fill(bytes, (byte) 'M');
        bytes[0] = 'M';
        bytes[1] = 'Z';
        return bytes;
    }
}
