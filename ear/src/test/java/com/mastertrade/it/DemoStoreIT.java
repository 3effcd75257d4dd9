package com.mastertrade.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo store that {@code mastertrade start} promises: its accounts sign in and its catalogue is there. */
class DemoStoreIT {

    @Test
    void theDemoAccountsSignIn() {
        for (String[] account : new String[][] {
            {"admin@demo.mastertrade.local", "demo-admin-2026", "admin"},
            {"client@demo.mastertrade.local", "demo-client-2026", "user"}
        }) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("email", account[0], "password", account[1]))
                    .post("/t/demo/api/auth/login")
                    .then()
                    .statusCode(200)
                    .body("user.role", equalTo(account[2]));
        }
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
