package com.mastertrade.web.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProxyHandoffTest {

    private static final Path FILE = Path.of("/var/lib/mastertrade/storage/demo/releases/5f0c");

    @Test
    void nginxGetsTheFileUnderTheInternalLocationItMapsTheStorageFolderTo() {
        assertThat(ProxyHandoff.requested(
                        "X-Accel-Redirect", "/var/lib/mastertrade/storage=/protected-releases/", FILE))
                .contains(new ProxyHandoff("X-Accel-Redirect", "/protected-releases/demo/releases/5f0c"));
    }

    @Test
    void theFirstMappingOfTheFilesFolderWinsAndOthersAreSkipped() {
        assertThat(ProxyHandoff.requested(
                        "x-accel-redirect",
                        "/srv/other/=/other/, nonsense, /var/lib/mastertrade/=/files/, /var/=/var/",
                        FILE))
                .contains(new ProxyHandoff("X-Accel-Redirect", "/files/storage/demo/releases/5f0c"));
    }

    @Test
    void withoutAMappingOfItsFolderNginxCannotReachTheFileSoThePlatformSendsIt() {
        assertThat(ProxyHandoff.requested("X-Accel-Redirect", null, FILE)).isEmpty();
        assertThat(ProxyHandoff.requested("X-Accel-Redirect", "/srv/=/files/", FILE))
                .isEmpty();
        assertThat(ProxyHandoff.requested("X-Accel-Redirect", "/var/lib/mastertrade/storage/=files/", FILE))
                .isEmpty();
        assertThat(ProxyHandoff.requested("X-Accel-Redirect", "/var/lib/mastertrade/stor=/f/", FILE))
                .isEmpty();
    }

    @Test
    void apacheAndLighttpdGetTheFilesPath() {
        assertThat(ProxyHandoff.requested("X-Sendfile", null, FILE))
                .contains(new ProxyHandoff("X-Sendfile", FILE.toString()));
        assertThat(ProxyHandoff.requested(" X-Lighttpd-Send-File ", null, FILE))
                .contains(new ProxyHandoff("X-Lighttpd-Send-File", FILE.toString()));
    }

    @Test
    void anUnknownOrMissingTypeIsNoHandoff() {
        assertThat(ProxyHandoff.requested(null, "/var/=/v/", FILE)).isEmpty();
        assertThat(ProxyHandoff.requested("X-Send-Everything", "/var/=/v/", FILE))
                .isEmpty();
    }
}
