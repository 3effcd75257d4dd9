package com.mastertrade.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import com.mastertrade.catalog.LicenseType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LicenseCacheTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    private static final LicenseKey KEY = LicenseKey.generate();
    private static final DeviceId DEVICE = new DeviceId("sha256-laptop");

    private final LicenseCache cache = new LicenseCache();
    private final AtomicInteger reads = new AtomicInteger();

    @BeforeEach
    void feedListening() {
        cache.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        cache.fed();
    }

    private static LicenseOnDevice license(LicenseStatus status) {
        return new LicenseOnDevice(new Standing(status, null, 7), LicenseType.PERMANENT, 1, 1, "EDITOR", 1L, NOW, null);
    }

    private Supplier<Optional<LicenseOnDevice>> database(LicenseStatus status) {
        return () -> {
            reads.incrementAndGet();
            return Optional.of(license(status));
        };
    }

    @Test
    void aRepeatedValidationIsAnsweredFromMemory() {
        cache.find(KEY, DEVICE, database(LicenseStatus.ACTIVE));
        Optional<LicenseOnDevice> again = cache.find(KEY, DEVICE, database(LicenseStatus.ACTIVE));
        assertThat(again).isPresent();
        assertThat(reads).hasValue(1);
    }

    @Test
    void aChangedLicenseIsReadAgain() {
        cache.find(KEY, DEVICE, database(LicenseStatus.ACTIVE));
        cache.onChange(new LicenseChanged(KEY));
        assertThat(cache.find(KEY, DEVICE, database(LicenseStatus.REVOKED))
                        .map(l -> l.standing().status()))
                .contains(LicenseStatus.REVOKED);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aReadThatRacedWithAChangeIsNotRemembered() {
        Supplier<Optional<LicenseOnDevice>> readBeforeTheChangeCommitted = () -> {
            Optional<LicenseOnDevice> stale = database(LicenseStatus.ACTIVE).get();
            cache.forget(KEY); // the change's announcement arrives while this read is on its way back
            return stale;
        };
        cache.find(KEY, DEVICE, readBeforeTheChangeCommitted);
        assertThat(cache.find(KEY, DEVICE, database(LicenseStatus.REVOKED))
                        .map(l -> l.standing().status()))
                .contains(LicenseStatus.REVOKED);
    }

    @Test
    void nothingIsRememberedWhileTheChangeFeedIsDown() {
        cache.unfed();
        cache.find(KEY, DEVICE, database(LicenseStatus.ACTIVE));
        cache.find(KEY, DEVICE, database(LicenseStatus.ACTIVE));
        assertThat(reads).hasValue(2);
    }

    @Test
    void whatIsRememberedIsReadAgainAfterItsLifetime() {
        cache.find(KEY, DEVICE, database(LicenseStatus.ACTIVE));
        cache.clock = Clock.fixed(NOW.plus(LicenseCache.LIFETIME).plus(Duration.ofSeconds(1)), ZoneOffset.UTC);
        cache.find(KEY, DEVICE, database(LicenseStatus.ACTIVE));
        assertThat(reads).hasValue(2);
    }

    @Test
    void eachDeviceHasItsOwnViewAndAChangeForgetsThemAll() {
        DeviceId other = new DeviceId("sha256-desktop");
        cache.find(KEY, DEVICE, database(LicenseStatus.ACTIVE));
        cache.find(KEY, other, database(LicenseStatus.ACTIVE));
        assertThat(reads).hasValue(2);
        cache.forget(KEY);
        cache.find(KEY, DEVICE, database(LicenseStatus.ACTIVE));
        cache.find(KEY, other, database(LicenseStatus.ACTIVE));
        assertThat(reads).hasValue(4);
    }
}
