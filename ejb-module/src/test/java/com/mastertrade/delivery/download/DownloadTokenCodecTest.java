package com.mastertrade.delivery.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mastertrade.delivery.download.DownloadTokenCodec.TokenKey;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DownloadTokenCodecTest {

    private static final TokenKey KEY = new TokenKey(1, bytes(7));
    private static final DownloadToken TOKEN = new DownloadToken(
            3,
            42,
            7,
            Optional.of(12L),
            Instant.parse("2026-12-03T10:15:00Z"),
            UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"),
            Optional.empty());

    private static TokenKey keys(int id) {
        return id == 1 ? KEY : null;
    }

    private static byte[] bytes(int seed) {
        byte[] secret = new byte[32];
        Arrays.fill(secret, (byte) seed);
        return secret;
    }

    @Test
    void aTokenReadsBackAsItWasWritten() {
        String text = DownloadTokenCodec.encode(TOKEN, KEY);
        assertThat(DownloadTokenCodec.decode(text, DownloadTokenCodecTest::keys))
                .contains(TOKEN);
    }

    @Test
    void aTokenIsCompactAndUrlSafe() {
        String text = DownloadTokenCodec.encode(TOKEN, KEY);
        assertThat(text).matches("[A-Za-z0-9_-]+").hasSize(126);
    }

    @Test
    void anAddressBoundTokenAndOneOfNobodyReadBack() {
        DownloadToken bound = new DownloadToken(
                3, 42, 7, Optional.empty(), TOKEN.expiresAt(), UUID.randomUUID(), Optional.of("2001:db8:0:0:0:0:0:1"));
        assertThat(DownloadTokenCodec.decode(DownloadTokenCodec.encode(bound, KEY), DownloadTokenCodecTest::keys))
                .contains(bound);
        assertThat(bound.servesAddress("2001:db8:0:0:0:0:0:1")).isTrue();
        assertThat(bound.servesAddress("198.18.0.1")).isFalse();
        assertThat(TOKEN.servesAddress("198.18.0.1")).isTrue();
    }

    @Test
    void anyOneByteChangedIsRefused() {
        byte[] token = Base64.getUrlDecoder().decode(DownloadTokenCodec.encode(TOKEN, KEY));
        for (int i = 0; i < token.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] changed = token.clone();
                changed[i] ^= (byte) (1 << bit);
                String text = Base64.getUrlEncoder().withoutPadding().encodeToString(changed);
                assertThat(DownloadTokenCodec.decode(text, DownloadTokenCodecTest::keys))
                        .as("byte %d bit %d", i, bit)
                        .isEmpty();
            }
        }
    }

    @Test
    void oneCharacterChangedIsRefused() {
        String text = DownloadTokenCodec.encode(TOKEN, KEY);
        for (int i = 0; i < text.length(); i++) {
            char replacement = text.charAt(i) == 'A' ? 'B' : 'A';
            String changed = text.substring(0, i) + replacement + text.substring(i + 1);
            assertThat(DownloadTokenCodec.decode(changed, DownloadTokenCodecTest::keys))
                    .as("character %d", i)
                    .isEmpty();
        }
    }

    @Test
    void anotherStoresKeyDoesNotVerify() {
        String text = DownloadTokenCodec.encode(TOKEN, new TokenKey(1, bytes(8)));
        assertThat(DownloadTokenCodec.decode(text, DownloadTokenCodecTest::keys))
                .isEmpty();
    }

    @Test
    void aKeyIdTheStoreDoesNotHaveIsRefused() {
        String text = DownloadTokenCodec.encode(TOKEN, new TokenKey(2, bytes(7)));
        assertThat(DownloadTokenCodec.decode(text, DownloadTokenCodecTest::keys))
                .isEmpty();
    }

    @Test
    void truncatedExtendedPaddedOrOddTokensAreRefused() {
        String text = DownloadTokenCodec.encode(TOKEN, KEY);
        assertThat(DownloadTokenCodec.decode(text.substring(0, text.length() - 1), DownloadTokenCodecTest::keys))
                .isEmpty();
        assertThat(DownloadTokenCodec.decode(text + "A", DownloadTokenCodecTest::keys))
                .isEmpty();
        assertThat(DownloadTokenCodec.decode(text + "AAAA", DownloadTokenCodecTest::keys))
                .isEmpty();
        assertThat(DownloadTokenCodec.decode(text + "==", DownloadTokenCodecTest::keys))
                .isEmpty();
        assertThat(DownloadTokenCodec.decode(text.replace('-', '+').replace('_', '/'), DownloadTokenCodecTest::keys))
                .isEmpty();
        assertThat(DownloadTokenCodec.decode(" " + text, DownloadTokenCodecTest::keys))
                .isEmpty();
        assertThat(DownloadTokenCodec.decode("", DownloadTokenCodecTest::keys)).isEmpty();
        assertThat(DownloadTokenCodec.decode(null, DownloadTokenCodecTest::keys))
                .isEmpty();
        assertThat(DownloadTokenCodec.decode("A".repeat(10_000), DownloadTokenCodecTest::keys))
                .isEmpty();
    }

    @Test
    void aTokenOfAnotherVersionIsRefused() {
        byte[] token = Base64.getUrlDecoder().decode(DownloadTokenCodec.encode(TOKEN, KEY));
        token[0] = 2;
        String text = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        assertThat(DownloadTokenCodec.decode(text, DownloadTokenCodecTest::keys))
                .isEmpty();
    }

    /** The vector of ADR 0014, so that another implementation (a test, a script) can check itself. */
    @Test
    void theAdrsTestVectorHolds() {
        String text = DownloadTokenCodec.encode(TOKEN, KEY);
        byte[] token = Base64.getUrlDecoder().decode(text);
        assertThat(HexFormat.of().formatHex(token, 0, token.length - DownloadTokenCodec.MAC_BYTES))
                .isEqualTo("01" + "00000001" + "0000000000000003" + "000000000000002a" + "0000000000000007"
                        + "000000000000000c" + "000000006b114124" + "0f8fad5bd9cb469fa16570867728950e" + "00");
        assertThat(text)
                .isEqualTo("AQAAAAEAAAAAAAAAAwAAAAAAAAAqAAAAAAAAAAcAAAAAAAAADAAAAABrEUEkD4-tW9nLRp-hZXCGdyiVDgBZAUUs"
                        + "Lo7B-JF03sVEgTQgj__5pHSp-1j8L-iGWH7HVg");
    }

    @Test
    void expiryIsInWholeSecondsAndEndsAtItsInstant() {
        DownloadToken token = new DownloadToken(
                1,
                1,
                1,
                Optional.empty(),
                Instant.parse("2026-12-03T10:15:00.900Z"),
                UUID.randomUUID(),
                Optional.empty());
        assertThat(token.expiresAt()).isEqualTo(Instant.parse("2026-12-03T10:15:00Z"));
        assertThat(token.isExpiredAt(Instant.parse("2026-12-03T10:14:59Z"))).isFalse();
        assertThat(token.isExpiredAt(Instant.parse("2026-12-03T10:15:00Z"))).isTrue();
    }

    @Test
    void aKeyIsAtLeast256BitsAndAnAddressAtMost45Characters() {
        assertThatThrownBy(() -> new TokenKey(1, new byte[16])).isInstanceOf(IllegalArgumentException.class);
        DownloadToken odd = new DownloadToken(
                1, 1, 1, Optional.empty(), TOKEN.expiresAt(), UUID.randomUUID(), Optional.of("x".repeat(46)));
        assertThatThrownBy(() -> DownloadTokenCodec.encode(odd, KEY)).isInstanceOf(IllegalArgumentException.class);
        assertThat("x".repeat(45).getBytes(StandardCharsets.US_ASCII)).hasSize(45);
    }
}
