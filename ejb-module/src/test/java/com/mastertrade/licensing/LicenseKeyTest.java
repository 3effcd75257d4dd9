package com.mastertrade.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mastertrade.shared.InvalidInputException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LicenseKeyTest {

    @Test
    void generatedKeysHaveTheDocumentedFormatAndParseBack() {
        LicenseKey key = LicenseKey.generate();
        assertThat(key.value()).matches("^MT-[0-9a-f-]{36}$");
        assertThat(LicenseKey.parse("  " + key.value().toUpperCase(Locale.ROOT) + " "))
                .contains(key);
        assertThat(key.indexHash()).hasSize(32);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "MT-",
                "MT-3f0c",
                "XX-3f0c6c1e-0f0e-4b1a-9d55-2a8a1c9f4e77",
                "MT-3f0c6c1e-0f0e-4b1a-9d55-2a8a1c9f4e7z",
                "MT-3f0c6c1e0f0e4b1a9d552a8a1c9f4e77'; --"
            })
    void malformedKeysParseToNothing(String candidate) {
        assertThat(LicenseKey.parse(candidate)).isEmpty();
        assertThat(LicenseKey.parse(null)).isEmpty();
        assertThat(LicenseKey.parse("MT-" + "a".repeat(10_000))).isEmpty();
    }

    @Test
    void deviceIdsAreOneTo128PrintableCharacters() {
        assertThat(new DeviceId("sha256-" + "a".repeat(64)).value()).hasSize(71);
        assertThatThrownBy(() -> new DeviceId("")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new DeviceId("a".repeat(129))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new DeviceId("x".repeat(10_240))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new DeviceId("two words")).extracting("field").isEqualTo("device_id");
    }

    @Test
    void deviceInfoKeepsOnlyWhatFits() {
        DeviceInfo info = new DeviceInfo("  " + "N".repeat(200), "x".repeat(50), "civ");
        assertThat(info.name()).hasSize(128);
        assertThat(info.ip()).isNull();
        assertThat(info.country()).isNull();
    }
}
