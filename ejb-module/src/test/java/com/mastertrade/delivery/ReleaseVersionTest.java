package com.mastertrade.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mastertrade.shared.InvalidInputException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReleaseVersionTest {

    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource({
        "2.1.0.45, 2.1.0.46",
        "2.1.0.9, 2.1.0.10",
        "2.9, 2.10",
        "2.1, 2.1.0.1",
        "1.99.99.99, 2",
        "2.0-beta1, 2.0",
        "2.0-beta2, 2.0-beta10",
        "2.0-alpha, 2.0-beta",
        "2.0-rc1, 2.0.1",
        "v1.0, 1.0.1",
        "26.0.0.1, 26.0.0.123456789012345678901"
    })
    void comparesNumberByNumberWithSuffixesBeforeTheBareVersion(String older, String newer) {
        ReleaseVersion a = ReleaseVersion.of("version", older);
        ReleaseVersion b = ReleaseVersion.of("version", newer);
        assertThat(b.isNewerThan(a)).isTrue();
        assertThat(a.isNewerThan(b)).isFalse();
        assertThat(a).isLessThan(b);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"2.1, 2.1.0.0", "v2.1.0, 2.1", "2.1-BETA1, 2.1-beta1", "02.1, 2.1"})
    void writingsOfOneVersionAreEqual(String one, String other) {
        ReleaseVersion a = ReleaseVersion.of("version", one);
        ReleaseVersion b = ReleaseVersion.of("version", other);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.isNewerThan(b)).isFalse();
        assertThat(a.compareTo(b)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "beta", "1..2", ".1", "1.", "1.2/../3", "1.2\u0000", "1.0 ; drop", "v", "-1"})
    void whatIsNoVersionIsRefusedOnItsField(String text) {
        assertThat(ReleaseVersion.tryParse(text)).isEmpty();
        assertThatThrownBy(() -> ReleaseVersion.of("version", text))
                .isInstanceOf(InvalidInputException.class)
                .extracting("field")
                .isEqualTo("version");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "2.1.0.45", "v3", "2.0-beta1", "2.0 RC1", "2.0+build.7", "5.2.0_hotfix"})
    void keepsTheTextAsWritten(String text) {
        assertThat(ReleaseVersion.of("version", text)).hasToString(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "2.0-beta1"})
    void aSuffixMarksAPreview(String text) {
        assertThat(ReleaseVersion.of("version", text).hasSuffix()).isEqualTo(text.contains("-"));
    }

    @org.junit.jupiter.api.Test
    void isAtMostFortyCharacters() {
        assertThat(ReleaseVersion.tryParse("1." + "0".repeat(38))).isPresent();
        assertThat(ReleaseVersion.tryParse("1." + "0".repeat(39))).isEmpty();
        assertThat(ReleaseVersion.tryParse(null)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void sortsAListNewestLast() {
        List<String> sorted = Stream.of("2.0", "1.10", "2.0-beta1", "1.9.9", "10.0")
                .map(v -> ReleaseVersion.of("version", v))
                .sorted()
                .map(ReleaseVersion::toString)
                .toList();
        assertThat(sorted).containsExactly("1.9.9", "1.10", "2.0-beta1", "2.0", "10.0");
    }
}
