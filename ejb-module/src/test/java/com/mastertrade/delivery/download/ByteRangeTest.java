package com.mastertrade.delivery.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ByteRangeTest {

    private static final long SIZE = 1000;

    private static Optional<ByteRange> resolve(String header) {
        return ByteRange.resolve(header, SIZE);
    }

    @Test
    void aClosedRangeIsServedAsAsked() {
        assertThat(resolve("bytes=0-499")).contains(new ByteRange(0, 500));
        assertThat(resolve("bytes=500-999")).contains(new ByteRange(500, 500));
        assertThat(resolve("bytes=10-10")).contains(new ByteRange(10, 1));
    }

    @Test
    void anOpenRangeRunsToTheEnd() {
        assertThat(resolve("bytes=500-")).contains(new ByteRange(500, 500));
        assertThat(resolve("bytes=999-")).contains(new ByteRange(999, 1));
    }

    @Test
    void aSuffixIsTheLastBytes() {
        assertThat(resolve("bytes=-500")).contains(new ByteRange(500, 500));
        assertThat(resolve("bytes=-1")).contains(new ByteRange(999, 1));
    }

    @Test
    void aSuffixLongerThanTheFileIsTheWholeFile() {
        assertThat(resolve("bytes=-5000")).contains(ByteRange.whole(SIZE));
    }

    @Test
    void anEndPastTheFileIsCutAtItsLastByte() {
        assertThat(resolve("bytes=900-5000")).contains(new ByteRange(900, 100));
        assertThat(resolve("bytes=0-" + Long.MAX_VALUE / 10)).contains(ByteRange.whole(SIZE));
    }

    @Test
    void aStartAtOrPastTheEndIsUnsatisfiable() {
        assertThat(resolve("bytes=1000-")).isEmpty();
        assertThat(resolve("bytes=1000-2000")).isEmpty();
        assertThat(resolve("bytes=5000-")).isEmpty();
    }

    @Test
    void aSuffixOfNothingIsUnsatisfiable() {
        assertThat(resolve("bytes=-0")).isEmpty();
        assertThat(ByteRange.resolve("bytes=-10", 0)).isEmpty();
        assertThat(ByteRange.resolve("bytes=0-", 0)).isEmpty();
    }

    @Test
    void blanksAroundThePartsAreTolerated() {
        assertThat(resolve(" bytes = 5 - 9 ")).contains(new ByteRange(5, 5));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "bytes=",
                "bytes=-",
                "bytes=abc-def",
                "bytes=1-2-3",
                "bytes=0x10-",
                "bytes=+5-10",
                "bytes=5--10",
                "bytes=99999999999999999999-",
                "items=0-10",
                "0-10",
                "Bytes=0-10x",
                "bytes 0-10"
            })
    void aHeaderThatIsNotOneRangeOfBytesIsIgnored(String header) {
        assertThat(resolve(header)).contains(ByteRange.whole(SIZE));
    }

    @Test
    void aReversedRangeIsInvalidSoIgnored() {
        assertThat(resolve("bytes=500-100")).contains(ByteRange.whole(SIZE));
    }

    @Test
    void severalRangesGetTheWholeFile() {
        assertThat(resolve("bytes=0-10,20-30")).contains(ByteRange.whole(SIZE));
        assertThat(resolve("bytes=0-10, -5")).contains(ByteRange.whole(SIZE));
        assertThat(resolve("bytes=5000-6000,7000-")).contains(ByteRange.whole(SIZE));
    }

    @Test
    void theWholeFileAskedForIsTheWholeFile() {
        assertThat(resolve("bytes=0-")).contains(ByteRange.whole(SIZE));
        assertThat(resolve("bytes=0-999").orElseThrow().isWhole(SIZE)).isTrue();
        assertThat(resolve("bytes=1-999").orElseThrow().isWhole(SIZE)).isFalse();
    }

    @Test
    void contentRangesAreWrittenAsRfc9110Says() {
        assertThat(new ByteRange(500, 500).contentRange(SIZE)).isEqualTo("bytes 500-999/1000");
        assertThat(ByteRange.unsatisfiedContentRange(SIZE)).isEqualTo("bytes */1000");
        assertThat(new ByteRange(0, 1).end()).isZero();
    }

    @Test
    void aRangeHasNoNegativeParts() {
        assertThatThrownBy(() -> new ByteRange(-1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ByteRange(0, -5)).isInstanceOf(IllegalArgumentException.class);
    }
}
