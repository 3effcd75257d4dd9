package com.mastertrade.web.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import com.mastertrade.web.tenancy.RequestPaths.Refusal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/api/products",
                "/t/demo/api/products/42",
                "/t/demo",
                "/orders/7.xhtml",
                "/jakarta.faces.resource/theme.css",
                "/api/products/WEB-INFO",
                "/a;jsessionid=1/b",
                "/a..b/c.d"
            })
    void ordinaryPathsPass(String path) {
        assertThat(RequestPaths.check(path)).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/t/demo/WEB-INF/web.xml",
                "/WEB-INF/faces-config.xml",
                "/t/demo/web-inf/web.xml",
                "/t/demo/WeB-iNf/classes/x.class",
                "/t/demo/META-INF/MANIFEST.MF",
                "/t/demo/meta-inf/context.xml",
                "/t/demo/%57EB-INF/web.xml",
                "/t/demo/WEB-INF%2Fweb.xml",
                "/t/demo/%77%65%62-%69%6e%66/web.xml",
                "/t/demo/WEB-INF;x=1/web.xml",
                "/t/demo/WEB-INF%3Bx/web.xml",
                "/t/demo/WEB-INF/",
                "/t/demo/WEB-INF"
            })
    void privateFoldersAreRefusedHoweverSpelled(String path) {
        assertThat(RequestPaths.check(path)).isEqualTo(Refusal.PRIVATE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/t/demo/../WEB-INF/web.xml",
                "/t/demo/foo/..;/WEB-INF/web.xml",
                "/t/demo/%2e%2e/t/other/api/products",
                "/t/demo/%2E%2E/WEB-INF/web.xml",
                "/t/demo/./api/products",
                "/t/demo/.%2e/x",
                "/t/demo/%252e%252e/x",
                "/t/demo/%",
                "/t/demo/%2",
                "/t/demo/%zz",
                "/t/demo/%c3%28",
                "/t/demo/a%5c..%5cWEB-INF",
                "/t/demo/a%00b",
                "/t/demo/..%2fWEB-INF/web.xml"
            })
    void dotSegmentsAndBrokenEscapesAreMalformed(String path) {
        assertThat(RequestPaths.check(path)).isEqualTo(Refusal.MALFORMED);
    }
}
