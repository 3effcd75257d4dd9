package com.mastertrade.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What is kept of what a program says about its device: bounded, cleaned, or nothing. */
class DeviceInfoTest {

    @Test
    void aNameIsStrippedAndCutTo128CharactersAndABlankNameIsNone() {
        assertThat(new DeviceInfo("  Bureau  ", null, null).name()).isEqualTo("Bureau");
        assertThat(new DeviceInfo("n".repeat(200), null, null).name()).hasSize(128);
        assertThat(new DeviceInfo("   ", null, null).name()).isNull();
        assertThat(new DeviceInfo(null, null, null).name()).isNull();
    }

    @Test
    void anAddressLongerThanAnIpv6OneIsDropped() {
        String longest = "ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255";
        assertThat(longest).hasSize(45);
        assertThat(new DeviceInfo(null, longest, null).ip()).isEqualTo(longest);
        assertThat(new DeviceInfo(null, longest + "0", null).ip()).isNull();
    }

    @Test
    void aCountryIsTwoLettersInUpperCaseOrNone() {
        assertThat(new DeviceInfo(null, null, "ci").country()).isEqualTo("CI");
        assertThat(new DeviceInfo(null, null, "CIV").country()).isNull();
        assertThat(new DeviceInfo(null, null, "1A").country()).isNull();
    }
}
