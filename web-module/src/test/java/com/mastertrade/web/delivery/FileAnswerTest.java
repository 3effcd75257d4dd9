package com.mastertrade.web.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.mastertrade.delivery.download.ByteRange;
import com.mastertrade.delivery.download.DownloadToken;
import com.mastertrade.delivery.download.Grant;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FileAnswerTest {

    private static final String SHA256 = "ab".repeat(32);
    private static final Instant PUBLISHED = Instant.parse("2026-12-03T10:15:30.250Z");
    private static final Grant GRANT = new Grant(
            new DownloadToken(
                    1,
                    2,
                    3,
                    Optional.empty(),
                    Instant.parse("2026-12-03T11:00:00Z"),
                    UUID.randomUUID(),
                    Optional.empty()),
            "releases/3/setup.exe",
            "setup.exe",
            1000,
            SHA256,
            "1.0",
            PUBLISHED);

    @Test
    void withoutRangeTheWholeFile() {
        assertThat(FileAnswer.of(GRANT, null, null)).isEqualTo(new FileAnswer(200, ByteRange.whole(1000)));
    }

    @Test
    void oneRangeIsPartialAndOnePastTheEndUnsatisfiable() {
        assertThat(FileAnswer.of(GRANT, "bytes=10-19", null)).isEqualTo(new FileAnswer(206, new ByteRange(10, 10)));
        assertThat(FileAnswer.of(GRANT, "bytes=1000-", null).isUnsatisfiable()).isTrue();
        assertThat(FileAnswer.of(GRANT, "bytes=0-", null).status()).isEqualTo(200);
    }

    @Test
    void ifRangeWithTheEntityTagOrThePublicationDateKeepsTheRange() {
        assertThat(FileAnswer.of(GRANT, "bytes=10-19", "\"" + SHA256 + "\"").isPartial())
                .isTrue();
        assertThat(FileAnswer.of(GRANT, "bytes=10-19", "Thu, 03 Dec 2026 10:15:30 GMT")
                        .isPartial())
                .isTrue();
        assertThat(FileAnswer.httpDate(PUBLISHED)).isEqualTo("Thu, 03 Dec 2026 10:15:30 GMT");
    }

    @Test
    void ifRangeNamingAnotherVersionGivesTheWholeFile() {
        assertThat(FileAnswer.of(GRANT, "bytes=10-19", "\"0000\"").status()).isEqualTo(200);
        assertThat(FileAnswer.of(GRANT, "bytes=10-19", "W/\"" + SHA256 + "\"").status())
                .as("a weak tag never matches")
                .isEqualTo(200);
        assertThat(FileAnswer.of(GRANT, "bytes=10-19", "Thu, 03 Dec 2026 10:15:31 GMT")
                        .status())
                .isEqualTo(200);
        assertThat(FileAnswer.of(GRANT, "bytes=10-19", "yesterday").status()).isEqualTo(200);
        assertThat(FileAnswer.of(GRANT, "bytes=2000-", "\"0000\"").status())
                .as("no range is served, so none is unsatisfiable")
                .isEqualTo(200);
    }
}
