package com.mastertrade.it;

import static com.mastertrade.it.Platform.licenseCall;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Licences changed while devices call: every answer is one of the documented ones and the data stays consistent. */
class LicenseRacesIT {

    private static Platform.Store store;
    private static String admin;
    private static long productId;

    @BeforeAll
    static void aStoreWithATwoSeatProduct() {
        store = Platform.openStore("licrace");
        admin = store.adminToken();
        productId = store.createProduct(admin, "RACE-KIT", 365, 2, 0);
    }

    private static long issue() {
        return store.issueLicense(admin, Map.of("product_id", productId));
    }

    /**
     * A validation of a device that holds its slot is answered from the server's memory; a change made outside
     * the application (here at a SQL prompt) must still reach it, through the database's change announcements.
     */
    @Test
    void aLicenseSuspendedByHandInTheDatabaseIsRefusedWithinSeconds() throws Exception {
        long id = issue();
        String key = store.licenseKey(admin, id);
        assertThat(licenseCall("validate", key, "remembered-box").path("code").toString())
                .isEqualTo("VALID");
        assertThat(licenseCall("validate", key, "remembered-box").path("code").toString())
                .isEqualTo("VALID");
        try (Connection db = Platform.database();
                PreparedStatement update = db.prepareStatement("UPDATE " + store.schema()
                        + ".licenses SET status = 'suspended', status_reason = 'by hand' WHERE id = ?")) {
            update.setLong(1, id);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        long deadline = System.nanoTime() + 5_000_000_000L;
        String code;
        do {
            code = licenseCall("validate", key, "remembered-box").path("code");
        } while (!code.equals("SUSPENDED") && System.nanoTime() < deadline);
        assertThat(code).isEqualTo("SUSPENDED");
    }

    @Test
    void aLicenseRevokedWhileDevicesValidateAnswersValidThenRevokedNeverAnError() throws Exception {
        long id = issue();
        String key = store.licenseKey(admin, id);
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String device = "box-" + (i % 2);
            calls.add(() -> {
                Response answer = licenseCall("validate", key, device);
                return answer.statusCode() + ":" + answer.path("code");
            });
            if (i == 20) {
                calls.add(() -> store.as(admin)
                                .body(Map.of("reason", "chargeback"))
                                .post("/api/admin/licenses/" + id + "/revoke")
                                .statusCode()
                        + ":revoke");
            }
        }
        List<String> results = Concurrently.all(16, calls);
        assertThat(results).allMatch(r -> r.equals("200:VALID") || r.equals("200:REVOKED") || r.equals("200:revoke"));
        assertThat(licenseCall("validate", key, "box-0").path("code").toString())
                .isEqualTo("REVOKED");
        SlotRows.ofId(store, id).assertConsistent();
    }

    @Test
    void activateAndDeactivateRacingOnOneDeviceLeaveCountAndSlotsInAgreement() throws Exception {
        long id = issue();
        String key = store.licenseKey(admin, id);
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String path = i % 2 == 0 ? "activate" : "deactivate";
            String device = i % 4 < 2 ? "shared-box" : "other-" + i;
            calls.add(() -> licenseCall(path, key, device).statusCode() + "");
        }
        assertThat(Concurrently.all(16, calls)).containsOnly("200", "409");
        SlotRows.ofId(store, id).assertConsistent();
    }
}
