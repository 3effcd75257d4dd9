package com.mastertrade.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The web module's own files (WEB-INF, META-INF) are never served, however the store is named and however the
 * path is spelled: a store's prefix is forwarded inside the application, past the container's own protection.
 */
class PrivateFilesIT {

    private static final List<String> PRIVATE = List.of(
            "/WEB-INF/web.xml",
            "/WEB-INF/faces-config.xml",
            "/WEB-INF/classes/com/mastertrade/web/tenancy/TenantFilter.class",
            "/META-INF/MANIFEST.MF",
            "/web-inf/web.xml",
            "/WeB-iNf/web.xml",
            "/%57EB-INF/web.xml",
            "/WEB-INF%2fweb.xml",
            "/%77%65%62-%69%6e%66/web.xml",
            "/WEB-INF;x=1/web.xml",
            "/WEB-INF%3bx/web.xml",
            "/meta-inf/MANIFEST.MF",
            "/foo/..;/WEB-INF/web.xml",
            "/foo/../WEB-INF/web.xml",
            "/foo/%2e%2e/WEB-INF/web.xml",
            "/./WEB-INF/web.xml");

    @Test
    void notThroughTheStorePrefix() throws IOException {
        for (String path : PRIVATE) {
            RawHttp.Answer answer = RawHttp.get("/t/demo" + path);
            assertRefused(answer, "/t/demo" + path);
            assertThat(answer.status()).as("/t/demo" + path).isIn(400, 404);
        }
    }

    @Test
    void notWithTheStoreHeader() throws IOException {
        for (String path : PRIVATE) {
            assertRefused(RawHttp.get(path, "X-Tenant: demo"), "X-Tenant " + path);
        }
    }

    @Test
    void notOnTheStoreHost() throws IOException {
        for (String path : PRIVATE) {
            assertRefused(RawHttp.get(path, "Host: demo.localhost"), "demo.localhost " + path);
        }
    }

    @Test
    void aDotSegmentCannotLeaveOneStoreForAnother() throws IOException {
        RawHttp.Answer climbed = RawHttp.get("/t/demo/%2e%2e/t/no-such-store/api/products");
        assertThat(climbed.status()).isEqualTo(400);
        assertThat(climbed.body()).contains("\"BAD_PATH\"");
    }

    @Test
    void theStoreItselfStillAnswers() throws IOException {
        assertThat(RawHttp.get("/t/demo/api/products").status()).isEqualTo(200);
        assertThat(RawHttp.get("/api/products", "X-Tenant: demo").status()).isEqualTo(200);
        assertThat(RawHttp.get("/api/products", "Host: demo.localhost").status())
                .isEqualTo(200);
    }

    private static void assertRefused(RawHttp.Answer answer, String what) {
        assertThat(answer.body())
                .as(what)
                .doesNotContain("web-app")
                .doesNotContain("Manifest-Version")
                .doesNotContain("faces-config")
                .doesNotContain("com/mastertrade/");
        if (answer.status() == 301) {
            // The container's own "directory" redirect of /WEB-INF;x=1/..., before any filter: to /WEB-INF/, a 404.
            assertThat(answer.header("Location")).as(what).endsWith("/WEB-INF/");
            return;
        }
        assertThat(answer.status()).as(what).isIn(400, 404);
        assertThat(answer.header("Content-Type")).as(what).startsWith("application/json");
        assertThat(answer.body()).as(what).contains("\"error\"");
    }
}
