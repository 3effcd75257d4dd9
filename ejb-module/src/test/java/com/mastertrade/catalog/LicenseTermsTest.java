package com.mastertrade.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mastertrade.shared.Money;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LicenseTermsTest {

    @Test
    void aPermanentLicenseHasNoDurationWhateverIsSent() {
        LicenseTerms terms = new LicenseTerms(LicenseType.PERMANENT, 365, 1, 0, 7);
        assertThat(terms.duration()).isEmpty();
        assertThat(terms.type()).isEqualTo(LicenseType.PERMANENT);
    }

    @Test
    void aSubscriptionNeedsADuration() {
        assertThatThrownBy(() -> new LicenseTerms(LicenseType.SUBSCRIPTION, null, 1, 0, 7))
                .extracting("field")
                .isEqualTo("duration_days");
        assertThat(new LicenseTerms(LicenseType.SEAT_BASED, 30, 10, 0, 7).duration())
                .contains(Duration.ofDays(30));
    }

    @Test
    void boundsAreCheckedFieldByField() {
        assertThatThrownBy(() -> new LicenseTerms(LicenseType.SUBSCRIPTION, 365, 0, 0, 7))
                .extracting("field")
                .isEqualTo("max_activations");
        assertThatThrownBy(() -> new LicenseTerms(LicenseType.SUBSCRIPTION, 365, 1, -1, 7))
                .extracting("field")
                .isEqualTo("trial_days");
        assertThatThrownBy(() -> new LicenseTerms(LicenseType.SUBSCRIPTION, 365, 1, 0, 400))
                .extracting("field")
                .isEqualTo("grace_days");
    }

    @Test
    void whatAStoreLeavesOutIsOneDeviceNoTrialAndAWeeksGrace() {
        LicenseTerms terms = LicenseTerms.stated(LicenseType.SUBSCRIPTION, 365, null, null, null);
        assertThat(terms.maxActivations()).isEqualTo(1);
        assertThat(terms.trialDays()).isZero();
        assertThat(terms.graceDays()).isEqualTo(7);
        LicenseTerms stated = LicenseTerms.stated(LicenseType.SEAT_BASED, 30, 10, 14, 0);
        assertThat(stated.maxActivations()).isEqualTo(10);
        assertThat(stated.trialDays()).isEqualTo(14);
        assertThat(stated.graceDays()).isZero();
    }

    @Test
    void aLicenseIssuedByHandMayChangeTheTypeAndDevicesOnly() {
        LicenseTerms product = new LicenseTerms(LicenseType.SUBSCRIPTION, 365, 2, 30, 10);
        LicenseTerms same = product.adjusted(null, null);
        assertThat(same.type()).isEqualTo(LicenseType.SUBSCRIPTION);
        assertThat(same.maxActivations()).isEqualTo(2);
        LicenseTerms seats = product.adjusted(LicenseType.SEAT_BASED, 25);
        assertThat(seats.type()).isEqualTo(LicenseType.SEAT_BASED);
        assertThat(seats.maxActivations()).isEqualTo(25);
        assertThat(seats.durationDays()).isEqualTo(365);
        assertThat(seats.trialDays()).isEqualTo(30);
        assertThat(seats.graceDays()).isEqualTo(10);
        assertThat(product.adjusted(LicenseType.PERMANENT, null).duration()).isEmpty();
        assertThatThrownBy(() -> product.adjusted(null, 0)).extracting("field").isEqualTo("max_activations");
    }

    @Test
    void typesHaveTheApiNames() {
        assertThat(LicenseType.fromApiName("seat-based")).isEqualTo(LicenseType.SEAT_BASED);
        assertThatThrownBy(() -> LicenseType.fromApiName("lifetime"))
                .extracting("field")
                .isEqualTo("type");
    }

    @Test
    void moneyKnowsZeroDecimalCurrencies() {
        assertThat(new Money(15000, "xof").minorDigits()).isZero();
        assertThat(new Money(2900, "EUR").minorDigits()).isEqualTo(2);
        assertThatThrownBy(() -> new Money(1, "BTC")).extracting("field").isEqualTo("currency");
        assertThatThrownBy(() -> new Money(-1, "EUR")).extracting("field").isEqualTo("amount");
    }
}
