package com.mastertrade.delivery.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DownloadNameTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "setup.exe|setup.exe",
                "GestCom Pro 5.2 (x64).exe|GestCom Pro 5.2 (x64).exe",
                "../../etc/passwd|passwd",
                "..\\..\\Windows\\System32\\evil.dll|evil.dll",
                "/absolute/path/setup.exe|setup.exe",
                "..|installer.bin",
                "...|installer.bin",
                ".hidden|hidden",
                "setup.exe.|setup.exe",
                "a<b>c:d\"e?g*h.exe|a_b_c_d_e_g_h.exe",
                "évolution café.zip|évolution café.zip",
                "${jndi:ldap}.exe|jndi_ldap_.exe",
                "''|installer.bin",
                "   |installer.bin",
                "%2e%2e%2fsetup.exe|2e_2e_2fsetup.exe"
            })
    void keepsANameAndNothingElse(String requested, String kept) {
        assertThat(DownloadName.sanitize(requested)).isEqualTo(kept);
    }

    @Test
    void controlCharactersBecomeUnderscores() {
        assertThat(DownloadName.sanitize("Paie\u0000Facile\u001f.exe")).isEqualTo("Paie_Facile_.exe");
        assertThat(DownloadName.sanitize("line\r\nbreak.exe")).isEqualTo("line_break.exe");
        assertThat(DownloadName.sanitize("tab\there\u007f.exe")).isEqualTo("tab_here_.exe");
    }

    @Test
    void noNameIsTheFallback() {
        assertThat(DownloadName.sanitize(null)).isEqualTo(DownloadName.FALLBACK);
        assertThat(DownloadName.sanitize("")).isEqualTo(DownloadName.FALLBACK);
    }

    @Test
    void aLongNameIsCutKeepingItsExtension() {
        String name = DownloadName.sanitize("a".repeat(400) + ".exe");
        assertThat(name).hasSize(DownloadName.MAX_LENGTH).endsWith("a.exe");
    }

    @Test
    void theDispositionIsAsciiWithAUtf8Form() {
        assertThat(DownloadName.contentDisposition("setup.exe"))
                .isEqualTo("attachment; filename=\"setup.exe\"; filename*=UTF-8''setup.exe");
        assertThat(DownloadName.contentDisposition("évolution café.zip"))
                .isEqualTo("attachment; filename=\"evolution cafe.zip\"; "
                        + "filename*=UTF-8''%C3%A9volution%20caf%C3%A9.zip");
        assertThat(DownloadName.contentDisposition("a\"b\r\n.exe"))
                .doesNotContain("\r", "\n")
                .startsWith("attachment; filename=\"a_b_.exe\"");
    }
}
