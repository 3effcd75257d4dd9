package com.mastertrade.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The store's home page: its own published products, priced in the visitor's language, nothing of another store. */
class StoreHomePageIT {

    private static Platform.Store store;
    private static Platform.Store other;

    @BeforeAll
    static void twoStoresWithAProductEach() {
        store = Platform.openStore("home");
        other = Platform.openStore("home-other");
        String admin = store.adminToken();
        store.createProduct(admin, "HOME-COMPTA", 365, 2, 0);
        store.as(admin)
                .body(Map.of(
                        "sku", "HOME-XSS",
                        "name", "Outil <b>gras</b>",
                        "description", "<script>alert('shelf')</script> Un outil.",
                        "category", "tests",
                        "prices", List.of(Map.of("amount", 2900, "currency", "EUR")),
                        "license_terms", Map.of("type", "permanent", "max_activations", 1),
                        "published", true))
                .post("/api/admin/products")
                .then()
                .statusCode(201);
        other.createProduct(other.adminToken(), "OTHER-PAIE", 365, 1, 0);
    }

    @Test
    void theHomePageShowsTheStoresPublishedProductsWithFrenchPrices() {
        String page = home(store, "fr").asString();

        assertThat(page).contains("Nos logiciels", "HOME-COMPTA", "Test product HOME-COMPTA", "Version 1.0");
        assertThat(page).containsPattern("150\\S000\\SFCFA").containsPattern("29,00\\S€");
    }

    @Test
    void inEnglishThePricesAreWrittenTheEnglishWay() {
        String page = home(store, "en").asString();

        assertThat(page).contains("Our software", "XOF 150,000", "EUR 29.00");
    }

    @Test
    void anotherStoresProductsAreNotOnThisStoresShelf() {
        assertThat(home(store, "fr").asString()).doesNotContain("OTHER-PAIE");
        assertThat(home(other, "fr").asString()).contains("OTHER-PAIE").doesNotContain("HOME-COMPTA");
    }

    @Test
    void markupInAProductIsShownAsTextNeverRun() {
        String page = home(store, "fr").asString();

        assertThat(page).contains("Outil &lt;b&gt;gras&lt;/b&gt;", "&lt;script&gt;alert(");
        assertThat(page).doesNotContain("<script>alert(", "<b>gras</b>");
    }

    @Test
    void anAnonymousVisitorGetsNoSession() {
        Response answer = home(store, "fr");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().getValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
    }

    private static Response home(Platform.Store shop, String language) {
        Response answer = given().header("Accept-Language", language).get(shop.path("/"));
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer;
    }
}
