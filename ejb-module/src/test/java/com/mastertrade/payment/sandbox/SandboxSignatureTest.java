package com.mastertrade.payment.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mastertrade.payment.InvalidWebhookException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SandboxSignatureTest {

    private static final String SECRET = "whsec_sandbox_test";
    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    private static final byte[] BODY =
            "{\"event_id\":\"evt_1\",\"order_id\":\"7\",\"status\":\"paid\",\"amount\":15000,\"currency\":\"XOF\"}"
                    .getBytes(StandardCharsets.UTF_8);

    private static void verify(String header, byte[] body, Instant now) {
        SandboxSignature.verify(Optional.ofNullable(header), body, SECRET, now);
    }

    @Test
    void theHeaderIsTheDocumentedHmacOfTimestampDotBody() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((NOW.getEpochSecond() + ".").getBytes(StandardCharsets.US_ASCII));
        String expected = "t=" + NOW.getEpochSecond() + ",v1=" + HexFormat.of().formatHex(mac.doFinal(BODY));

        assertThat(SandboxSignature.header(SECRET, NOW, BODY)).isEqualTo(expected);
        assertThatCode(() -> verify(expected, BODY, NOW)).doesNotThrowAnyException();
    }

    @Test
    void aChangedByteOrAnotherSecretIsRefused() {
        String header = SandboxSignature.header(SECRET, NOW, BODY);
        byte[] tampered = BODY.clone();
        tampered[tampered.length - 3] = 'E';

        assertRefused(() -> verify(header, tampered, NOW), "does not match");
        assertRefused(
                () -> SandboxSignature.verify(Optional.of(header), BODY, "another-secret", NOW), "does not match");
    }

    @Test
    void timestampsMoreThanFiveMinutesAwayAreRefusedEvenWhenSigned() {
        Instant stale = NOW.minus(Duration.ofMinutes(5)).minusSeconds(1);
        Instant future = NOW.plus(Duration.ofMinutes(5)).plusSeconds(1);

        assertRefused(() -> verify(SandboxSignature.header(SECRET, stale, BODY), BODY, NOW), "minutes");
        assertRefused(() -> verify(SandboxSignature.header(SECRET, future, BODY), BODY, NOW), "minutes");
        assertThatCode(() -> verify(SandboxSignature.header(SECRET, NOW.minus(Duration.ofMinutes(5)), BODY), BODY, NOW))
                .doesNotThrowAnyException();
    }

    @Test
    void oneMatchingSignatureAmongSeveralIsEnough() {
        String good = SandboxSignature.header(SECRET, NOW, BODY);
        String withOld =
                "t=" + NOW.getEpochSecond() + ",v1=" + "ab".repeat(32) + "," + good.substring(good.indexOf("v1="));
        assertThatCode(() -> verify(withOld, BODY, NOW)).doesNotThrowAnyException();
    }

    @Test
    void missingOrMalformedHeadersAreRefused() {
        String good = SandboxSignature.header(SECRET, NOW, BODY);
        assertRefused(() -> verify(null, BODY, NOW), "no Sandbox-Signature");
        assertRefused(() -> verify("", BODY, NOW), "t=<unix seconds>");
        assertRefused(() -> verify(good.substring(good.indexOf("v1=")), BODY, NOW), "t=<unix seconds>");
        assertRefused(() -> verify("t=" + NOW.getEpochSecond(), BODY, NOW), "t=<unix seconds>");
        assertRefused(() -> verify("t=abc,v1=" + "00".repeat(32), BODY, NOW), "t=<unix seconds>");
        assertRefused(() -> verify("t=" + NOW.getEpochSecond() + ",v1=zz", BODY, NOW), "t=<unix seconds>");
    }

    private static void assertRefused(Runnable check, String why) {
        assertThatThrownBy(check::run)
                .isInstanceOf(InvalidWebhookException.class)
                .hasMessageContaining(why);
    }
}
