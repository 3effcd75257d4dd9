package com.mastertrade.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The demo store that {@code mastertrade start} promises (the test domain runs with MT_DEMO=true too): its
 * accounts sign in, its catalogue is there and it takes sandbox payments.
 */
class DemoStoreIT {

    /** The test server, also when this class runs first (RestAssured's base URI is set by Platform's loading). */
    private static RequestSpecification api() {
        return given().baseUri(Platform.BASE_URL);
    }

    @Test
    void theDemoAccountsSignIn() {
        for (String[] account : new String[][] {
            {"admin@demo.mastertrade.local", "demo-admin-2026", "admin"},
            {"client@demo.mastertrade.local", "demo-client-2026", "user"}
        }) {
            api().contentType(ContentType.JSON)
                    .body(Map.of("email", account[0], "password", account[1]))
                    .post("/t/demo/api/auth/login")
                    .then()
                    .statusCode(200)
                    .body("user.role", equalTo(account[2]));
        }
    }

    /** The one store whose sandbox is on without its admin: a demo sells end to end at once (MT_DEMO=true). */
    @Test
    void theDemoStoreSellsThroughTheSandbox() {
        api().get("/t/demo/api/payment-providers").then().statusCode(200).body("provider", hasItem("sandbox"));
    }

    @Test
    void theDemoCatalogueHasPricedProducts() throws Exception {
        try (Connection db = DriverManager.getConnection(
                        System.getProperty("mt.db.url"),
                        System.getProperty("mt.db.user", "postgres"),
                        System.getProperty("mt.db.password", ""));
                ResultSet rows = db.createStatement()
                        .executeQuery("SELECT count(DISTINCT p.id), count(*) FROM tenant_demo.products p "
                                + "JOIN tenant_demo.product_prices pr ON pr.product_id = p.id WHERE p.published")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(3);
            assertThat(rows.getInt(2)).isEqualTo(9);
        }
    }
}
