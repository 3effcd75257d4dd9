package com.mastertrade.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import com.mastertrade.catalog.LicenseType;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LicenseOnDeviceTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    private static final Standing ACTIVE = new Standing(LicenseStatus.ACTIVE, NOW.plus(Duration.ofDays(30)), 7);

    private static LicenseOnDevice onDevice(Standing standing, Long activationId, Instant lastSeen, String version) {
        return new LicenseOnDevice(standing, LicenseType.SUBSCRIPTION, 3, 1, "EDITOR", activationId, lastSeen, version);
    }

    @Test
    void aDeviceHoldingItsSlotIsAnsweredWithoutTheLockedPath() {
        Optional<LicenseCheck> answer = onDevice(ACTIVE, 42L, NOW, "1.0").answer(Optional.empty(), NOW);
        assertThat(answer).map(LicenseCheck::code).contains(ValidityCode.VALID);
        assertThat(answer.get().used()).isEqualTo(1);
        assertThat(answer.get().max()).isEqualTo(3);
    }

    @Test
    void aDeviceWithoutSlotGoesToTheLockedPathWhileTheLicenseIsInForce() {
        assertThat(onDevice(ACTIVE, null, null, null).answer(Optional.empty(), NOW))
                .isEmpty();
        Standing inGrace = new Standing(LicenseStatus.ACTIVE, NOW.minus(Duration.ofDays(1)), 7);
        assertThat(onDevice(inGrace, null, null, null).answer(Optional.empty(), NOW))
                .isEmpty();
    }

    @Test
    void aLicenseNotInForceOrOfAnotherProductIsAnsweredAtOnceAndTakesNoSlot() {
        Standing revoked = new Standing(LicenseStatus.REVOKED, null, 7);
        assertThat(onDevice(revoked, null, null, null).answer(Optional.empty(), NOW))
                .map(LicenseCheck::code)
                .contains(ValidityCode.REVOKED);
        Standing expired = new Standing(LicenseStatus.ACTIVE, NOW.minus(Duration.ofDays(8)), 7);
        assertThat(onDevice(expired, 42L, NOW, null).answer(Optional.empty(), NOW))
                .map(LicenseCheck::code)
                .contains(ValidityCode.EXPIRED);
        assertThat(onDevice(ACTIVE, null, null, null).answer(Optional.of("OTHER"), NOW))
                .map(LicenseCheck::code)
                .contains(ValidityCode.PRODUCT_MISMATCH);
        assertThat(onDevice(ACTIVE, 42L, NOW, null).answer(Optional.of(" editor "), NOW))
                .map(LicenseCheck::code)
                .contains(ValidityCode.VALID);
    }

    @Test
    void lastSeenIsWrittenEveryFewMinutesOrWhenTheProgramVersionChanges() {
        Instant fourMinutesAgo = NOW.minus(Duration.ofMinutes(4));
        assertThat(onDevice(ACTIVE, 42L, fourMinutesAgo, "1.0").sightingDue("1.0", NOW))
                .isFalse();
        assertThat(onDevice(ACTIVE, 42L, fourMinutesAgo, "1.0").sightingDue(null, NOW))
                .isFalse();
        assertThat(onDevice(ACTIVE, 42L, fourMinutesAgo, "1.0").sightingDue("1.1", NOW))
                .isTrue();
        assertThat(onDevice(ACTIVE, 42L, NOW.minus(Duration.ofMinutes(6)), "1.0")
                        .sightingDue("1.0", NOW))
                .isTrue();
        assertThat(onDevice(ACTIVE, null, null, null).sightingDue("1.0", NOW)).isFalse();
    }
}
