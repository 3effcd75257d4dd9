package com.mastertrade.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A refused licence call: 404 for an unknown key, 409 with the API's code for anything else. */
class LicenseRefusedExceptionTest {

    @Test
    void anUnknownKeyIs404AndEveryOtherRefusalIs409WithItsCode() {
        for (ValidityCode code : ValidityCode.values()) {
            LicenseRefusedException refusal = new LicenseRefusedException(code);
            assertThat(refusal.status()).isEqualTo(code == ValidityCode.NOT_FOUND ? 404 : 409);
            assertThat(refusal.code()).isEqualTo(code.name());
            assertThat(refusal.reason()).isEqualTo(code);
        }
    }

    @Test
    void statusesAreNamedInLowerCaseInTheApi() {
        assertThat(LicenseStatus.TRIAL.apiName()).isEqualTo("trial");
        assertThat(LicenseStatus.fromApiName("suspended")).isEqualTo(LicenseStatus.SUSPENDED);
    }
}
