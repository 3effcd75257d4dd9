package com.mastertrade.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalogue: administrators create, price and publish products; customers see only what is published. */
class CatalogIT {

    private static Platform.Store store;
    private static String admin;
    private static String customer;

    @BeforeAll
    static void openStore() {
        store = Platform.openStore("catalog");
        admin = store.adminToken();
        store.register("buyer@catalog.test");
        customer = store.login("buyer@catalog.test");
    }

    /** A valid creation body; tests change one field at a time. */
    private static Map<String, Object> product(String sku) {
        Map<String, Object> body = new HashMap<>();
        body.put("sku", sku);
        body.put("name", "GestCom Pro");
        body.put("description", "Devis, factures et stocks.");
        body.put("category", "gestion");
        body.put("version", "5.2.0");
        body.put(
                "prices",
                List.of(
                        Map.of("amount", 22_900, "currency", "EUR"),
                        Map.of("amount", 150_000, "currency", "XOF"),
                        Map.of("amount", 24_900, "currency", "USD")));
        body.put(
                "license_terms",
                Map.of(
                        "type",
                        "subscription",
                        "duration_days",
                        365,
                        "max_activations",
                        3,
                        "trial_days",
                        14,
                        "grace_days",
                        7));
        body.put("published", false);
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    private static long create(Platform.Store in, String token, Map<String, Object> body) {
        return in.as(token)
                .body(body)
                .post("/api/admin/products")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    @Test
    void anAdministratorCreatesAProductWithTheDocumentedShape() {
        Response created = store.as(admin).body(product("gestcom-shape")).post("/api/admin/products");
        created.then()
                .statusCode(201)
                .body("id", notNullValue())
                .body("sku", equalTo("GESTCOM-SHAPE"))
                .body("name", equalTo("GestCom Pro"))
                .body("description", equalTo("Devis, factures et stocks."))
                .body("category", equalTo("gestion"))
                .body("version", equalTo("5.2.0"))
                .body("price.amount", equalTo(150_000))
                .body("price.currency", equalTo("XOF"))
                .body("prices.currency", containsInAnyOrder("EUR", "USD", "XOF"))
                .body("license_terms.type", equalTo("subscription"))
                .body("license_terms.duration_days", equalTo(365))
                .body("license_terms.max_activations", equalTo(3))
                .body("license_terms.trial_days", equalTo(14))
                .body("license_terms.grace_days", equalTo(7))
                .body("published", equalTo(false))
                .body("size", nullValue())
                .body("checksum", nullValue())
                .body("changelog", nullValue())
                .body("thumbnail_url", nullValue())
                .body("created_at", notNullValue());
        long id = created.jsonPath().getLong("id");
        assertThat(created.header("Location")).endsWith("/api/admin/products/" + id);
        store.as(admin).get("/api/admin/products/" + id).then().statusCode(200).body("sku", equalTo("GESTCOM-SHAPE"));
    }

    @Test
    void aTakenSkuIs409WhateverItsCase() {
        create(store, admin, product("PAIE-DUP"));
        store.as(admin)
                .body(with(product("paie-dup"), "name", "Another"))
                .post("/api/admin/products")
                .then()
                .statusCode(409)
                .body("error.code", equalTo("SKU_TAKEN"));
    }

    @Test
    void fiveSimultaneousCreationsOfOneSkuCreateOneProduct() throws Exception {
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            calls.add(() -> store.as(admin)
                    .body(product("RACE-SKU"))
                    .post("/api/admin/products")
                    .statusCode());
        }
        List<Integer> statuses = Concurrently.all(calls.size(), calls);
        assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        store.as(admin)
                .queryParam("q", "RACE-SKU")
                .get("/api/admin/products")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void eachBadFieldIs422NamingIt() {
        Map<String, Object> valid = product("CHECKS");
        assertRefused(with(valid, "sku", "bad sku"), "sku");
        assertRefused(with(valid, "sku", "12345"), "sku");
        assertRefused(with(valid, "sku", null), "sku");
        assertRefused(with(valid, "name", " "), "name");
        assertRefused(with(valid, "prices", List.of()), "prices");
        assertRefused(with(valid, "prices", List.of(Map.of("amount", 100, "currency", "BTC"))), "prices[0].currency");
        assertRefused(
                with(
                        valid,
                        "prices",
                        List.of(Map.of("amount", 100, "currency", "EUR"), Map.of("amount", -5, "currency", "XOF"))),
                "prices[1].amount");
        assertRefused(
                with(
                        valid,
                        "prices",
                        List.of(Map.of("amount", 100, "currency", "EUR"), Map.of("amount", 200, "currency", "eur"))),
                "prices");
        assertRefused(with(valid, "prices", List.of(Map.of("amount", 12.5, "currency", "EUR"))), "prices[0].amount");
        assertRefused(with(valid, "thumbnail_url", "javascript:alert(1)"), "thumbnail_url");
        assertRefused(with(valid, "license_terms", null), "license_terms");
        assertRefused(
                with(valid, "license_terms", Map.of("type", "subscription", "duration_days", 4_294_967_326L)),
                "license_terms.duration_days");
        assertRefused(with(valid, "license_terms", Map.of("type", "lifetime")), "license_terms.type");
        assertRefused(with(valid, "license_terms", Map.of("type", "subscription")), "license_terms.duration_days");
        assertRefused(
                with(valid, "license_terms", Map.of("type", "permanent", "max_activations", 0)),
                "license_terms.max_activations");
        store.as(admin)
                .queryParam("q", "CHECKS")
                .get("/api/admin/products")
                .then()
                .body("total", equalTo(0));
    }

    private static void assertRefused(Map<String, Object> body, String field) {
        store.as(admin)
                .body(body)
                .post("/api/admin/products")
                .then()
                .statusCode(422)
                .body("error.code", equalTo("VALIDATION_FAILED"))
                .body("error.field", equalTo(field));
    }

    @Test
    void aThumbnailIsShownWithTheProduct() {
        long id = create(
                store,
                admin,
                with(
                        with(product("PICTURED"), "published", true),
                        "thumbnail_url",
                        "https://cdn.example.test/pictured.png"));
        store.api()
                .get("/api/products/" + id)
                .then()
                .statusCode(200)
                .body("thumbnail_url", equalTo("https://cdn.example.test/pictured.png"));
    }

    @Test
    void malformedBodiesAre400AndWronglyTypedOnes422() {
        store.as(admin)
                .body("{\"sku\": \"BROKEN\", ")
                .post("/api/admin/products")
                .then()
                .statusCode(400)
                .body("error.code", equalTo("MALFORMED_JSON"));
        store.as(admin)
                .post("/api/admin/products")
                .then()
                .statusCode(400)
                .body("error.code", equalTo("MALFORMED_JSON"));
        store.as(admin)
                .body("{\"sku\": \"BROKEN\", \"prices\": [{\"amount\": \"cheap\", \"currency\": \"EUR\"}]}")
                .post("/api/admin/products")
                .then()
                .statusCode(422)
                .body("error.code", equalTo("VALIDATION_FAILED"))
                .body("error.field", equalTo("prices[0].amount"));
    }

    @Test
    void onlyAdministratorsChangeTheCatalogue() {
        store.as(customer)
                .body(product("NOT-MINE"))
                .post("/api/admin/products")
                .then()
                .statusCode(403)
                .body("error.code", equalTo("FORBIDDEN"));
        store.as(customer).get("/api/admin/products").then().statusCode(403);
        store.api()
                .body(product("NOT-MINE"))
                .post("/api/admin/products")
                .then()
                .statusCode(401)
                .body("error.code", equalTo("UNAUTHORIZED"));
        long id = create(store, admin, product("ADMIN-ONLY"));
        store.as(customer).post("/api/admin/products/" + id + "/publish").then().statusCode(403);
        store.as(customer)
                .body(product("ADMIN-ONLY"))
                .put("/api/admin/products/" + id)
                .then()
                .statusCode(403);
    }

    @Test
    void anUnpublishedProductIsUnknownToCustomersUntilPublished() {
        long id = create(store, admin, product("HIDDEN-TOOL"));

        store.api().get("/api/products/" + id).then().statusCode(404).body("error.code", equalTo("PRODUCT_NOT_FOUND"));
        store.as(customer).get("/api/products/HIDDEN-TOOL").then().statusCode(404);
        store.api()
                .queryParam("size", 100)
                .get("/api/products")
                .then()
                .statusCode(200)
                .body("items.sku", not(hasItem("HIDDEN-TOOL")));
        store.as(admin)
                .get("/api/admin/products/" + id)
                .then()
                .statusCode(200)
                .body("sku", equalTo("HIDDEN-TOOL"))
                .body("published", equalTo(false));
        store.as(admin)
                .queryParam("size", 100)
                .get("/api/admin/products")
                .then()
                .statusCode(200)
                .body("items.sku", hasItem("HIDDEN-TOOL"));

        store.as(admin)
                .post("/api/admin/products/" + id + "/publish")
                .then()
                .statusCode(200)
                .body("published", equalTo(true));
        store.api().get("/api/products/" + id).then().statusCode(200).body("sku", equalTo("HIDDEN-TOOL"));
        store.api().get("/api/products/hidden-tool").then().statusCode(200).body("id", equalTo((int) id));

        store.as(admin)
                .post("/api/admin/products/" + id + "/unpublish")
                .then()
                .statusCode(200)
                .body("published", equalTo(false));
        store.api().get("/api/products/HIDDEN-TOOL").then().statusCode(404);
    }

    @Test
    void anUpdateReplacesTheSheetButNeverTheSku() {
        long id = create(store, admin, product("EDIT-ME"));
        Map<String, Object> edit = with(
                with(product("edit-me"), "name", "GestCom Pro 6"),
                "prices",
                List.of(Map.of("amount", 175_000, "currency", "XOF")));
        edit.put("license_terms", Map.of("type", "permanent"));
        edit.put("published", true);

        store.as(admin)
                .body(edit)
                .put("/api/admin/products/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("GestCom Pro 6"))
                .body("prices.currency", containsInAnyOrder("XOF"))
                .body("price.amount", equalTo(175_000))
                .body("license_terms.type", equalTo("permanent"))
                .body("license_terms.duration_days", nullValue())
                .body("license_terms.max_activations", equalTo(1))
                .body("license_terms.grace_days", equalTo(7))
                .body("published", equalTo(true));
        store.api().get("/api/products/EDIT-ME").then().statusCode(200).body("name", equalTo("GestCom Pro 6"));

        edit.remove("published");
        store.as(admin)
                .body(with(edit, "sku", "EDIT-YOU"))
                .put("/api/admin/products/" + id)
                .then()
                .statusCode(422)
                .body("error.field", equalTo("sku"));
        store.as(admin)
                .body(with(edit, "sku", null))
                .put("/api/admin/products/" + id)
                .then()
                .statusCode(200)
                .body("published", equalTo(true));
        store.as(admin)
                .body(edit)
                .put("/api/admin/products/999999")
                .then()
                .statusCode(404)
                .body("error.code", equalTo("PRODUCT_NOT_FOUND"));
        store.as(admin).get("/api/admin/products/not-a-number").then().statusCode(404);
    }

    @Test
    void everyChangeIsInTheAuditLog() throws Exception {
        long id = create(store, admin, product("AUDITED"));
        store.as(admin)
                .body(with(product("AUDITED"), "name", "Audited 2"))
                .put("/api/admin/products/" + id)
                .then()
                .statusCode(200);
        store.as(admin).post("/api/admin/products/" + id + "/publish").then().statusCode(200);
        store.as(admin).post("/api/admin/products/" + id + "/publish").then().statusCode(200);
        store.as(admin).post("/api/admin/products/" + id + "/unpublish").then().statusCode(200);

        String schema = "tenant_" + store.slug().replace('-', '_');
        List<String> actions = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(
                        System.getProperty("mt.db.url"),
                        System.getProperty("mt.db.user", "postgres"),
                        System.getProperty("mt.db.password", ""));
                PreparedStatement query = db.prepareStatement("SELECT action, actor_label FROM " + schema
                        + ".audit_logs WHERE target_type = 'product' AND target_id = ? ORDER BY id")) {
            query.setString(1, Long.toString(id));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    actions.add(rows.getString("action"));
                    assertThat(rows.getString("actor_label")).isEqualTo(store.adminEmail());
                }
            }
        }
        assertThat(actions)
                .containsExactly("product.created", "product.updated", "product.published", "product.unpublished");
    }

    @Test
    void theListIsPagedByNameFilteredByCategoryAndSearchable() {
        Platform.Store shop = Platform.openStore("shelves");
        String owner = shop.adminToken();
        for (String name : List.of("Compta Delta", "compta alpha", "Compta Echo", "Compta Bravo", "Compta Charlie")) {
            create(
                    shop,
                    owner,
                    with(
                            with(
                                    with(product("C-" + name.replace(' ', '-')), "name", name),
                                    "category",
                                    "Comptabilité"),
                            "published",
                            true));
        }
        create(shop, owner, with(with(product("PAIE-X"), "category", "rh"), "published", true));
        create(shop, owner, with(with(product("C-HIDDEN"), "category", "comptabilité"), "name", "Compta Hidden"));

        shop.api()
                .queryParam("size", 2)
                .get("/api/products")
                .then()
                .statusCode(200)
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("total", equalTo(6))
                .body("items.name", equalTo(List.of("compta alpha", "Compta Bravo")));
        shop.api()
                .queryParam("size", 2)
                .queryParam("page", 3)
                .get("/api/products")
                .then()
                .body("items.name", equalTo(List.of("Compta Echo", "GestCom Pro")));
        shop.api()
                .queryParam("size", 2)
                .queryParam("page", 4)
                .get("/api/products")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("total", equalTo(6));
        shop.api()
                .queryParam("category", "COMPTABILITÉ")
                .get("/api/products")
                .then()
                .body("total", equalTo(5))
                .body("items.category", everyItem(equalTo("Comptabilité")));
        shop.api()
                .queryParam("q", "CHARLIE")
                .get("/api/products")
                .then()
                .body("total", equalTo(1))
                .body("items[0].name", equalTo("Compta Charlie"));
        shop.api().queryParam("q", "paie-x").get("/api/products").then().body("items.sku", equalTo(List.of("PAIE-X")));
        shop.api().queryParam("q", "%").get("/api/products").then().body("total", equalTo(0));
        shop.api().queryParam("q", "hidden").get("/api/products").then().body("total", equalTo(0));
        shop.as(owner)
                .queryParam("q", "hidden")
                .get("/api/admin/products")
                .then()
                .body("total", equalTo(1));
        shop.as(owner)
                .queryParam("category", "comptabilité")
                .get("/api/admin/products")
                .then()
                .body("total", equalTo(6));
        shop.api()
                .queryParam("size", 101)
                .get("/api/products")
                .then()
                .statusCode(422)
                .body("error.field", equalTo("size"));
        shop.api()
                .queryParam("q", "x".repeat(101))
                .get("/api/products")
                .then()
                .statusCode(422)
                .body("error.field", equalTo("q"));
    }

    @Test
    void aProductOfOneStoreIsUnknownInAnother() {
        Platform.Store other = Platform.openStore("elsewhere");
        long id = create(store, admin, with(product("MINE-ONLY"), "published", true));
        store.api().get("/api/products/" + id).then().statusCode(200);

        other.api().get("/api/products/" + id).then().statusCode(404).body("error.code", equalTo("PRODUCT_NOT_FOUND"));
        other.api().get("/api/products/MINE-ONLY").then().statusCode(404);
        other.as(other.adminToken()).get("/api/admin/products/" + id).then().statusCode(404);
        other.api().get("/api/products").then().statusCode(200).body("total", equalTo(0));
        other.as(admin).get("/api/admin/products/" + id).then().statusCode(401);
    }

    @Test
    void theCurrencyAskedForChoosesThePriceShown() {
        long id = create(store, admin, with(product("PRICED"), "published", true));
        store.api()
                .get("/api/products/" + id)
                .then()
                .body("price.currency", equalTo("XOF"))
                .body("price.amount", equalTo(150_000));
        store.api()
                .queryParam("currency", "EUR")
                .get("/api/products/PRICED")
                .then()
                .body("price.currency", equalTo("EUR"))
                .body("price.amount", equalTo(22_900));
        store.api()
                .queryParam("currency", "usd")
                .get("/api/products/PRICED")
                .then()
                .body("price.currency", equalTo("USD"));
        store.api()
                .queryParam("currency", "GBP")
                .get("/api/products/PRICED")
                .then()
                .statusCode(200)
                .body("price.currency", equalTo("XOF"));
        store.api()
                .queryParam("currency", "EUR")
                .queryParam("q", "PRICED")
                .get("/api/products")
                .then()
                .body("items[0].price.currency", equalTo("EUR"));
        store.api()
                .queryParam("currency", "BTC")
                .get("/api/products/PRICED")
                .then()
                .statusCode(422)
                .body("error.field", equalTo("currency"));

        long eurOnly = create(
                store,
                admin,
                with(
                        with(product("EURO-ONLY"), "published", true),
                        "prices",
                        List.of(
                                Map.of("amount", 9_900, "currency", "USD"),
                                Map.of("amount", 8_900, "currency", "EUR"))));
        store.api().get("/api/products/" + eurOnly).then().body("price.currency", equalTo("EUR"));
    }

    @Test
    void theDemoStoreListsItsCatalogue() {
        given().get("/t/demo/api/products")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.sku", containsInAnyOrder("GESTCOM-PRO", "PAIE-FACILE", "CAISSE-EXPRESS"))
                .body("items.find { it.sku == 'GESTCOM-PRO' }.price.amount", equalTo(150_000))
                .body("items.find { it.sku == 'GESTCOM-PRO' }.price.currency", equalTo("XOF"))
                .body("items.find { it.sku == 'GESTCOM-PRO' }.license_terms.trial_days", equalTo(14))
                .body("items.find { it.sku == 'CAISSE-EXPRESS' }.license_terms.type", equalTo("permanent"));
        given().queryParam("currency", "EUR")
                .get("/t/demo/api/products/PAIE-FACILE")
                .then()
                .statusCode(200)
                .body("price.amount", equalTo(14_500))
                .body("category", equalTo("rh"));
    }
}
