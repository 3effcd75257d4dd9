package com.mastertrade.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import com.mastertrade.catalog.LicenseTerms;
import com.mastertrade.catalog.LicenseType;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the licence API answers: a program runs only while its licence is valid or in grace. */
class LicenseCheckTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

    private final License license =
            License.issue(LicenseKey.generate(), 1, 7L, new LicenseTerms(LicenseType.SUBSCRIPTION, 365, 2, 0, 7), NOW);

    @Test
    void aProgramRunsOnlyWhenItsLicenceIsValidOrInGrace() {
        Set<ValidityCode> running = EnumSet.noneOf(ValidityCode.class);
        for (ValidityCode code : ValidityCode.values()) {
            if (LicenseCheck.of(code, license, "PAIE-PLUS").allowed()) {
                running.add(code);
            }
        }
        assertThat(running).containsExactlyInAnyOrder(ValidityCode.VALID, ValidityCode.IN_GRACE_PERIOD);
    }

    @Test
    void aLicenceWithoutAFreeSlotIsStillValidButDoesNotRun() {
        LicenseCheck check = LicenseCheck.of(ValidityCode.TOO_MANY_ACTIVATIONS, license, "PAIE-PLUS");
        assertThat(check.valid()).isTrue();
        assertThat(check.allowed()).isFalse();
        assertThat(LicenseCheck.of(ValidityCode.EXPIRED, license, "PAIE-PLUS").valid())
                .isFalse();
    }

    @Test
    void theAnswerCarriesTheLicencesFigures() {
        license.activate(new DeviceId("desk"), DeviceInfo.UNKNOWN, NOW);
        LicenseCheck check = LicenseCheck.of(ValidityCode.VALID, license, "PAIE-PLUS");
        assertThat(check)
                .isEqualTo(new LicenseCheck(
                        ValidityCode.VALID,
                        true,
                        LicenseStatus.ACTIVE,
                        LicenseType.SUBSCRIPTION,
                        Instant.parse("2027-11-24T08:00:00Z"),
                        1,
                        2,
                        "PAIE-PLUS"));
    }

    @Test
    void aDeviceThatGaveItsSlotBackNoLongerRunsOnTheSameAnswer() {
        LicenseCheck check = LicenseCheck.of(ValidityCode.VALID, license, "PAIE-PLUS");
        LicenseCheck freed = check.withoutSlot();
        assertThat(freed.allowed()).isFalse();
        assertThat(freed.valid()).isTrue();
        assertThat(freed.expiry()).isEqualTo(check.expiry());
        assertThat(freed.product()).isEqualTo("PAIE-PLUS");
    }

    @Test
    void anUnknownKeyIsNotFoundAndCarriesNoLicenceFields() {
        LicenseCheck check = LicenseCheck.notFound();
        assertThat(check.code()).isEqualTo(ValidityCode.NOT_FOUND);
        assertThat(check.allowed()).isFalse();
        assertThat(check.valid()).isFalse();
        assertThat(check.status()).isNull();
        assertThat(check.product()).isNull();
    }
}
