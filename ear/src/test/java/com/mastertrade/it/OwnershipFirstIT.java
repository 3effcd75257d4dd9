package com.mastertrade.it;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ids of others tell nothing (issue 8, item 6): a path id is looked up for its caller before the body or any other
 * parameter is checked, so another customer gets 404 whatever the call says, and only the owner learns what is
 * wrong with it. For staff, who see every row of their store, an unknown id is 404 before the body is checked.
 */
class OwnershipFirstIT {

    private static final long UNKNOWN = 987_654_321L;

    private static Platform.Store store;
    private static String admin;
    private static String owner;
    private static long ownerId;
    private static String other;
    private static long licenseId;
    private static long orderId;
    private static long productId;

    @BeforeAll
    static void aCustomerWithALicenseAndAnOrder() {
        store = Platform.openStore("owned");
        admin = store.adminToken();
        productId = store.createProduct(admin, "OWNED-PRO", 365, 2, 0);
        Payments.enableSandbox(store, admin);
        ownerId = store.register("owner@owned.test");
        owner = store.login("owner@owned.test");
        store.register("other@owned.test");
        other = store.login("other@owned.test");
        licenseId = store.issueLicense(admin, Map.of("product_id", productId, "user_id", ownerId));
        orderId = Payments.placeOrder(store, owner, productId);
    }

    @Test
    void renewingAnotherCustomersLicenseIs404WhateverTheBody() {
        String renew = "/api/licenses/" + licenseId + "/renew";
        for (String body :
                new String[] {"{}", "{\"provider\": \" \"}", "{\"provider\": 5}", "{\"currency\": \"\\u0000\"}"}) {
            notFound(post(other, renew, body), "LICENSE_NOT_FOUND");
            invalid(post(owner, renew, body), body.contains("currency") ? "currency" : "provider");
        }
        notFound(post(other, renew, "{\"provider\": "), "LICENSE_NOT_FOUND");
        post(owner, renew, "{\"provider\": ").then().statusCode(400).body("error.code", equalTo("MALFORMED_JSON"));
        notFound(post(other, renew, "{\"provider\": \"sandbox\"}xyz"), "LICENSE_NOT_FOUND");
        notFound(post(owner, "/api/licenses/" + UNKNOWN + "/renew", "{}"), "LICENSE_NOT_FOUND");
    }

    @Test
    void anotherCustomersLicenseFileAndDevicesAre404WhateverTheParameters() {
        String file = "/api/licenses/" + licenseId + "/file?device_id=pc&days=91";
        notFound(store.as(other).get(file), "LICENSE_NOT_FOUND");
        invalid(store.as(owner).get(file), "days");
        String controlled = "/api/licenses/" + licenseId + "/file?device_id=%00";
        notFound(store.as(other).urlEncodingEnabled(false).get(controlled), "LICENSE_NOT_FOUND");
        invalid(store.as(owner).urlEncodingEnabled(false).get(controlled), "device_id");
        String device = "/api/licenses/" + licenseId + "/activations/" + "x".repeat(200);
        notFound(store.as(other).delete(device), "LICENSE_NOT_FOUND");
        invalid(store.as(owner).delete(device), "device_id");
    }

    @Test
    void anotherCustomersOrdersAndLicensesListsAre404WhateverThePage() {
        for (String list : new String[] {"/orders?page=0", "/orders?size=x"}) {
            notFound(store.as(other).get("/api/users/" + ownerId + list), "USER_NOT_FOUND");
            invalid(store.as(owner).get("/api/users/" + ownerId + list), list.contains("page") ? "page" : "size");
        }
        notFound(store.as(other).get("/api/users/" + ownerId + "/licenses"), "USER_NOT_FOUND");
        notFound(store.as(other).get("/api/orders/" + orderId), "ORDER_NOT_FOUND");
        notFound(post(other, "/api/orders/" + orderId + "/checkout", ""), "ORDER_NOT_FOUND");
    }

    @Test
    void staffGet404ForAnUnknownIdBeforeTheBodyIsChecked() {
        String[][] calls = {
            {"/api/admin/licenses/%d/renew", "{\"days\": 0}", "LICENSE_NOT_FOUND", "days"},
            {"/api/admin/licenses/%d/renew", "{\"days\": \"ten\"}", "LICENSE_NOT_FOUND", "days"},
            {"/api/admin/licenses/%d/revoke", "{\"reason\": 5}", "LICENSE_NOT_FOUND", "reason"},
            {"/api/admin/licenses/%d/suspend", "{\"reason\": \"\\u0000\"}", "LICENSE_NOT_FOUND", "reason"},
            {"/api/admin/orders/%d/refund", "{\"reason\": \"\"}", "ORDER_NOT_FOUND", "reason"},
        };
        for (String[] call : calls) {
            long existing = call[0].contains("orders") ? orderId : licenseId;
            notFound(post(admin, String.format(call[0], UNKNOWN), call[1]), call[2]);
            invalid(post(admin, String.format(call[0], existing), call[1]), call[3]);
        }
        notFound(store.as(admin).body("{\"name\": 5}").put("/api/admin/products/" + UNKNOWN), "PRODUCT_NOT_FOUND");
        invalid(store.as(admin).body("{\"name\": 5}").put("/api/admin/products/" + productId), "name");
        notFound(store.as(admin).body("{}").put("/api/admin/payment-providers/bitcoin"), "PROVIDER_NOT_FOUND");
        invalid(store.as(admin).body("{}").put("/api/admin/payment-providers/sandbox"), "enabled");
    }

    @Test
    void theRoleIsCheckedBeforeTheIdAndTheBody() {
        post(other, "/api/admin/orders/" + orderId + "/refund", "{\"reason\": \"\"}")
                .then()
                .statusCode(403);
        post(other, "/api/admin/licenses/" + UNKNOWN + "/renew", "{\"days\": 0}")
                .then()
                .statusCode(403);
    }

    private static Response post(String token, String path, String body) {
        return store.as(token).body(body).post(path);
    }

    private static void notFound(Response answer, String code) {
        answer.then().statusCode(404).body("error.code", equalTo(code));
    }

    private static void invalid(Response answer, String field) {
        answer.then()
                .statusCode(422)
                .body("error.code", equalTo("VALIDATION_FAILED"))
                .body("error.field", equalTo(field));
    }
}
