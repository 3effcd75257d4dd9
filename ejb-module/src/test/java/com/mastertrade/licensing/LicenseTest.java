package com.mastertrade.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mastertrade.catalog.LicenseTerms;
import com.mastertrade.catalog.LicenseType;
import com.mastertrade.shared.ConflictException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LicenseTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    private static final LicenseTerms YEARLY_THREE_SEATS = new LicenseTerms(LicenseType.SUBSCRIPTION, 365, 3, 14, 7);
    private static final DeviceId LAPTOP = new DeviceId("sha256-laptop");
    private static final DeviceId DESKTOP = new DeviceId("sha256-desktop");

    private final License yearly = License.issue(LicenseKey.generate(), 1, 7L, YEARLY_THREE_SEATS, NOW);

    private static Instant days(long n) {
        return NOW.plus(Duration.ofDays(n));
    }

    @Test
    void aSubscriptionIsValidThenInGraceThenExpired() {
        assertThat(yearly.expiry()).contains(days(365));
        assertThat(yearly.validityAt(days(364))).isEqualTo(ValidityCode.VALID);
        assertThat(yearly.validityAt(days(365))).isEqualTo(ValidityCode.IN_GRACE_PERIOD);
        assertThat(yearly.validityAt(days(371))).isEqualTo(ValidityCode.IN_GRACE_PERIOD);
        assertThat(yearly.validityAt(days(372))).isEqualTo(ValidityCode.EXPIRED);
    }

    @Test
    void aPermanentLicenseNeverExpires() {
        License permanent = License.issue(
                LicenseKey.generate(), 1, null, new LicenseTerms(LicenseType.PERMANENT, null, 1, 0, 7), NOW);
        assertThat(permanent.expiry()).isEmpty();
        assertThat(permanent.validityAt(days(36_500))).isEqualTo(ValidityCode.VALID);
        assertThatThrownBy(() -> permanent.renew(Duration.ofDays(30), NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aTrialRunsItsDaysWithoutGrace() {
        License trial = License.trial(LicenseKey.generate(), 1, 7L, YEARLY_THREE_SEATS, NOW);
        assertThat(trial.status()).isEqualTo(LicenseStatus.TRIAL);
        assertThat(trial.validityAt(days(13))).isEqualTo(ValidityCode.VALID);
        assertThat(trial.validityAt(days(14))).isEqualTo(ValidityCode.TRIAL_EXPIRED);
        assertThatThrownBy(() -> License.trial(
                        LicenseKey.generate(), 1, 7L, new LicenseTerms(LicenseType.SUBSCRIPTION, 365, 1, 0, 7), NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aLicenceEndingWithItsAccountIsRevokedAndForgetsItsDevices() {
        yearly.validateOn(LAPTOP, new DeviceInfo("Awa's laptop", "198.18.0.7", "CI"), "1.0", NOW);
        yearly.deactivate(LAPTOP, NOW);
        yearly.validateOn(new DeviceId("desktop"), new DeviceInfo("Office", "198.18.0.8", "SN"), "1.0", NOW);

        yearly.endWithAccount(days(1));

        assertThat(yearly.status()).isEqualTo(LicenseStatus.REVOKED);
        assertThat(yearly.validityAt(days(2))).isEqualTo(ValidityCode.REVOKED);
        assertThat(yearly.activationsCount()).isZero();
        assertThat(yearly.liveActivations()).isEmpty();
        assertThat(yearly.activations()).hasSize(2).allSatisfy(device -> {
            assertThat(device.deviceName()).isNull();
            assertThat(device.ip()).isNull();
            assertThat(device.country()).isNull();
            assertThat(device.freedAt()).isPresent();
        });
    }

    @Test
    void devicesTakeSlotsUpToTheLimitAndOneDeviceNeverTakesTwo() {
        for (int i = 0; i < 3; i++) {
            assertThat(yearly.validateOn(new DeviceId("device-" + i), DeviceInfo.UNKNOWN, "1.0", NOW))
                    .isEqualTo(ValidityCode.VALID);
            assertThat(yearly.validateOn(new DeviceId("device-" + i), DeviceInfo.UNKNOWN, "1.0", NOW))
                    .isEqualTo(ValidityCode.VALID);
        }
        assertThat(yearly.activationsCount()).isEqualTo(3);
        assertThat(yearly.validateOn(LAPTOP, DeviceInfo.UNKNOWN, null, NOW))
                .isEqualTo(ValidityCode.TOO_MANY_ACTIVATIONS);
        assertThatThrownBy(() -> yearly.activate(LAPTOP, DeviceInfo.UNKNOWN, NOW))
                .isInstanceOf(LicenseRefusedException.class)
                .extracting("code")
                .isEqualTo("TOO_MANY_ACTIVATIONS");
        assertThat(yearly.activationsCount()).isEqualTo(3);
    }

    @Test
    void deactivatingFreesTheSlotForAnotherDevice() {
        License single = License.issue(
                LicenseKey.generate(), 1, 7L, new LicenseTerms(LicenseType.SUBSCRIPTION, 365, 1, 0, 7), NOW);
        single.activate(LAPTOP, new DeviceInfo("Bureau", "10.0.0.1", "ci"), NOW);
        assertThat(single.activate(LAPTOP, DeviceInfo.UNKNOWN, NOW).deviceName())
                .isEqualTo("Bureau");
        assertThat(single.deactivate(DESKTOP, NOW)).isFalse();
        assertThat(single.deactivate(LAPTOP, NOW)).isTrue();
        assertThat(single.activationsCount()).isZero();
        assertThat(single.activate(DESKTOP, DeviceInfo.UNKNOWN, NOW).country()).isNull();
        assertThat(single.liveActivations())
                .extracting(LicenseActivation::deviceId)
                .containsExactly("sha256-desktop");
    }

    @Test
    void aLicenseNotInForceTakesNoSlot() {
        yearly.suspend("payment disputed", NOW);
        assertThat(yearly.validateOn(LAPTOP, DeviceInfo.UNKNOWN, null, NOW)).isEqualTo(ValidityCode.SUSPENDED);
        assertThatThrownBy(() -> yearly.activate(LAPTOP, DeviceInfo.UNKNOWN, NOW))
                .extracting("code")
                .isEqualTo("SUSPENDED");
        assertThat(yearly.activationsCount()).isZero();
    }

    @Test
    void renewalCountsFromExpiryOrFromNowWhenAlreadyExpired() {
        yearly.renew(Duration.ofDays(30), days(100));
        assertThat(yearly.expiry()).contains(days(395));
        yearly.renew(Duration.ofDays(30), days(500));
        assertThat(yearly.expiry()).contains(days(530));
        assertThat(yearly.renewedAt()).contains(days(500));
        assertThat(yearly.validityAt(days(501))).isEqualTo(ValidityCode.VALID);
    }

    @Test
    void revokedIsForGoodSuspendedCanBeReinstated() {
        yearly.suspend("fraud check", NOW);
        assertThat(yearly.statusReason()).contains("fraud check");
        yearly.reinstate(NOW);
        assertThat(yearly.validityAt(NOW)).isEqualTo(ValidityCode.VALID);
        assertThatThrownBy(() -> yearly.reinstate(NOW)).extracting("code").isEqualTo("LICENSE_NOT_SUSPENDED");

        yearly.revoke("refunded", NOW);
        assertThat(yearly.validityAt(NOW)).isEqualTo(ValidityCode.REVOKED);
        assertThatThrownBy(() -> yearly.renew(Duration.ofDays(1), NOW))
                .extracting("code")
                .isEqualTo("LICENSE_REVOKED");
        assertThatThrownBy(() -> yearly.suspend("again", NOW))
                .extracting("code")
                .isEqualTo("LICENSE_REVOKED");
        yearly.revoke("another reason", days(1));
        assertThat(yearly.status()).as("revoking twice changes nothing").isEqualTo(LicenseStatus.REVOKED);
        assertThat(yearly.statusReason()).contains("refunded");
    }

    @Test
    void aReasonIsRequiredToSuspendOrRevoke() {
        assertThatThrownBy(() -> yearly.suspend(" ", NOW)).extracting("field").isEqualTo("reason");
        assertThatThrownBy(() -> yearly.revoke(null, NOW)).extracting("field").isEqualTo("reason");
    }

    @Test
    void aReasonHasAtMost255Characters() {
        yearly.suspend("x".repeat(255), NOW);
        assertThat(yearly.statusReason()).contains("x".repeat(255));
        assertThatThrownBy(() -> yearly.revoke("y".repeat(256), NOW))
                .extracting("field")
                .isEqualTo("reason");
        assertThat(yearly.status()).isEqualTo(LicenseStatus.SUSPENDED);
    }

    @Test
    void aRenewedTrialBecomesActiveAndARenewedSuspensionStaysSuspended() {
        License trial = License.trial(LicenseKey.generate(), 1, 7L, YEARLY_THREE_SEATS, NOW);
        trial.renew(Duration.ofDays(365), days(3));
        assertThat(trial.status()).isEqualTo(LicenseStatus.ACTIVE);
        assertThat(trial.expiry()).contains(days(14 + 365));

        yearly.suspend("payment disputed", NOW);
        yearly.renew(Duration.ofDays(30), NOW);
        assertThat(yearly.status()).isEqualTo(LicenseStatus.SUSPENDED);
        assertThat(yearly.expiry()).contains(days(395));
        assertThatThrownBy(() -> yearly.renew(Duration.ZERO, NOW))
                .extracting("field")
                .isEqualTo("period");
        assertThatThrownBy(() -> yearly.renew(Duration.ofDays(-1), NOW))
                .extracting("field")
                .isEqualTo("period");
    }

    @Test
    void aOneDayTrialIsATrial() {
        License trial = License.trial(
                LicenseKey.generate(), 1, 7L, new LicenseTerms(LicenseType.SUBSCRIPTION, 365, 1, 1, 7), NOW);
        assertThat(trial.expiry()).contains(days(1));
    }

    @Test
    void aRefundedRenewalTakesItsPeriodBackExceptFromRevokedOrPermanentLicences() {
        assertThat(yearly.isRenewable()).isTrue();
        yearly.renew(Duration.ofDays(30), NOW);
        yearly.withdrawRenewal(Duration.ofDays(30), days(2));
        assertThat(yearly.expiry()).contains(days(365));

        License permanent = License.issue(
                LicenseKey.generate(), 1, null, new LicenseTerms(LicenseType.PERMANENT, null, 1, 0, 7), NOW);
        assertThat(permanent.isRenewable()).isFalse();
        permanent.withdrawRenewal(Duration.ofDays(30), NOW);
        assertThat(permanent.expiry()).isEmpty();

        yearly.revoke("chargeback", NOW);
        assertThat(yearly.isRenewable()).isFalse();
        yearly.withdrawRenewal(Duration.ofDays(30), NOW);
        assertThat(yearly.expiry()).contains(days(365));
    }

    @Test
    void eachValidationRecordsWhenTheDeviceLastRanAndItsVersion() {
        yearly.validateOn(LAPTOP, DeviceInfo.UNKNOWN, "2.0", NOW);
        LicenseActivation slot = yearly.liveActivations().get(0);
        assertThat(slot.lastSeenAt()).isEqualTo(NOW);
        assertThat(slot.appVersion()).isEqualTo("2.0");

        yearly.validateOn(LAPTOP, DeviceInfo.UNKNOWN, "2.1", days(1));
        assertThat(slot.lastSeenAt()).isEqualTo(days(1));
        assertThat(slot.appVersion()).isEqualTo("2.1");
        yearly.validateOn(LAPTOP, DeviceInfo.UNKNOWN, " ", days(2));
        assertThat(slot.lastSeenAt()).isEqualTo(days(2));
        assertThat(slot.appVersion()).as("no version sent keeps the last one").isEqualTo("2.1");
        assertThat(slot.createdAt()).isEqualTo(NOW);
    }

    @Test
    void aSoldLicenceNamesItsOrderAndTheProductsTerms() {
        LicenseKey key = LicenseKey.generate();
        License sold = License.sold(key, 4, 7L, 90L, YEARLY_THREE_SEATS, NOW);
        assertThat(sold.orderId()).contains(90L);
        assertThat(sold.userId()).contains(7L);
        assertThat(sold.productId()).isEqualTo(4);
        assertThat(sold.key()).isEqualTo(key);
        assertThat(sold.type()).isEqualTo(LicenseType.SUBSCRIPTION);
        assertThat(sold.maxActivations()).isEqualTo(3);
        assertThat(sold.createdAt()).isEqualTo(NOW);
        assertThat(yearly.orderId()).isEmpty();
    }

    @Test
    void staffMayChooseTheEndDateOfALicenceThatExpires() {
        License until = License.issueUntil(LicenseKey.generate(), 1, 7L, YEARLY_THREE_SEATS, days(30), NOW);
        assertThat(until.expiry()).contains(days(30));
        assertThat(until.validityAt(days(31))).isEqualTo(ValidityCode.IN_GRACE_PERIOD);

        assertThatThrownBy(() -> License.issueUntil(LicenseKey.generate(), 1, 7L, YEARLY_THREE_SEATS, NOW, NOW))
                .extracting("field")
                .isEqualTo("expiry_date");
        LicenseTerms permanent = new LicenseTerms(LicenseType.PERMANENT, null, 1, 0, 7);
        assertThatThrownBy(() -> License.issueUntil(LicenseKey.generate(), 1, 7L, permanent, days(30), NOW))
                .extracting("field")
                .isEqualTo("expiry_date");
    }
}
