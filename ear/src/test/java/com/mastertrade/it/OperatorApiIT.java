package com.mastertrade.it;

import static com.mastertrade.it.Platform.asOperator;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OperatorApiIT {

    @Test
    void operatorSignsInWithABearerToken() {
        given().contentType(ContentType.JSON)
                .body(Map.of("email", Platform.OPERATOR_EMAIL, "password", Platform.OPERATOR_PASSWORD))
                .post("/operator/api/auth/login")
                .then()
                .statusCode(200)
                .body("token", notNullValue())
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(3600));
    }

    @Test
    void aWrongOperatorPasswordIs401() {
        given().contentType(ContentType.JSON)
                .body(Map.of("email", Platform.OPERATOR_EMAIL, "password", "not-the-password"))
                .post("/operator/api/auth/login")
                .then()
                .statusCode(401)
                .body("error.code", equalTo("INVALID_CREDENTIALS"));
    }

    @Test
    void opensAStoreOnceAndRefusesTheSameSlugAgain() {
        String slug = Platform.uniqueSlug("open");
        Map<String, Object> body = Map.of(
                "slug",
                slug,
                "name",
                "Boutique " + slug,
                "admin",
                Map.of("email", "owner@" + slug + ".test", "password", Platform.PASSWORD, "name", "Owner"),
                "domains",
                List.of(slug + ".shop.test"),
                "branding",
                Map.of("primary_color", "#0a7d3b"));

        asOperator()
                .body(body)
                .post("/operator/api/tenants")
                .then()
                .statusCode(201)
                .header("Location", notNullValue())
                .body("slug", equalTo(slug))
                .body("status", equalTo("active"))
                .body("schema", equalTo("tenant_" + slug.replace('-', '_')))
                .body("id", notNullValue())
                .body("domains", hasItem(slug + ".shop.test"));

        asOperator()
                .body(body)
                .post("/operator/api/tenants")
                .then()
                .statusCode(409)
                .body("error.code", equalTo("TENANT_EXISTS"));
    }

    @Test
    void theNewStoreAdministratorCanSignIn() {
        Platform.Store store = Platform.openStore("owner");
        store.api()
                .body(Map.of("email", store.adminEmail(), "password", Platform.PASSWORD))
                .post("/api/auth/login")
                .then()
                .statusCode(200)
                .body("user.role", equalTo("admin"));
    }

    @Test
    void refusesBadSlugsAndMissingFieldsWithTheFieldNamed() {
        asOperator()
                .body(Map.of(
                        "slug",
                        "Bad Slug!",
                        "name",
                        "x",
                        "admin",
                        Map.of("email", "a@b.test", "password", Platform.PASSWORD)))
                .post("/operator/api/tenants")
                .then()
                .statusCode(422)
                .body("error.code", equalTo("VALIDATION_FAILED"))
                .body("error.field", equalTo("slug"));
        asOperator()
                .body(Map.of("slug", Platform.uniqueSlug("noadmin"), "name", "x"))
                .post("/operator/api/tenants")
                .then()
                .statusCode(422)
                .body("error.field", equalTo("admin"));
        asOperator()
                .body(Map.of(
                        "slug",
                        Platform.uniqueSlug("brand"),
                        "name",
                        "x",
                        "admin",
                        Map.of("email", "a@b.test", "password", Platform.PASSWORD),
                        "branding",
                        Map.of("script", "<script>alert(1)</script>")))
                .post("/operator/api/tenants")
                .then()
                .statusCode(422)
                .body("error.field", equalTo("branding"));
        asOperator()
                .body("{\"slug\": ")
                .post("/operator/api/tenants")
                .then()
                .statusCode(400)
                .body("error.code", equalTo("MALFORMED_JSON"));
    }

    @Test
    void listsTenantsPageByPage() {
        Platform.openStore("list");
        asOperator()
                .queryParam("page", 1)
                .queryParam("size", 1)
                .get("/operator/api/tenants")
                .then()
                .statusCode(200)
                .body("page", equalTo(1))
                .body("size", equalTo(1))
                .body("items.size()", equalTo(1))
                .body("total", greaterThanOrEqualTo(1));
        asOperator()
                .queryParam("size", 101)
                .get("/operator/api/tenants")
                .then()
                .statusCode(422)
                .body("error.field", equalTo("size"));
    }

    @Test
    void aSuspendedStoreAnswers403UntilResumed() {
        Platform.Store store = Platform.openStore("susp");
        asOperator()
                .post("/operator/api/tenants/" + store.slug() + "/suspend")
                .then()
                .statusCode(200)
                .body("status", equalTo("suspended"));
        store.api()
                .body(Map.of("email", store.adminEmail(), "password", Platform.PASSWORD))
                .post("/api/auth/login")
                .then()
                .statusCode(403)
                .body("error.code", equalTo("TENANT_SUSPENDED"));

        asOperator()
                .post("/operator/api/tenants/" + store.slug() + "/resume")
                .then()
                .statusCode(200)
                .body("status", equalTo("active"));
        store.login(store.adminEmail());
    }

    @Test
    void suspendingAnUnknownStoreIs404() {
        asOperator()
                .post("/operator/api/tenants/no-such-store/suspend")
                .then()
                .statusCode(404)
                .body("error.code", equalTo("TENANT_NOT_FOUND"));
    }

    @Test
    void theOperatorApiNeedsAnOperatorToken() {
        given().get("/operator/api/tenants").then().statusCode(401).body("error.code", equalTo("UNAUTHORIZED"));
        Platform.Store store = Platform.openStore("cross");
        given().auth()
                .oauth2(store.adminToken())
                .get("/operator/api/tenants")
                .then()
                .statusCode(401)
                .body("error.code", equalTo("INVALID_TOKEN"));
    }
}
