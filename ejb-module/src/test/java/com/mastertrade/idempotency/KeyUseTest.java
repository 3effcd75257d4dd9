package com.mastertrade.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.mastertrade.idempotency.KeyUse.Next;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyUseTest {

    private static final Instant FIRST = Instant.parse("2026-12-03T09:00:00Z");
    private static final RequestFingerprint RENEW =
            RequestFingerprint.of("POST", "/admin/licenses/7/renew", new byte[0]);
    private static final RequestFingerprint OTHER =
            RequestFingerprint.of("POST", "/admin/licenses/8/renew", "{}".getBytes(StandardCharsets.UTF_8));
    private static final KeptAnswer ANSWER = new KeptAnswer(
            200, Map.of("Content-Type", "application/json"), "{\"id\":7}".getBytes(StandardCharsets.UTF_8));

    private static KeyUse answered() {
        return new KeyUse(RENEW, FIRST, Optional.of(ANSWER));
    }

    private static KeyUse running() {
        return new KeyUse(RENEW, FIRST, Optional.empty());
    }

    @Test
    void theSameRequestGetsTheFirstAnswerForTwentyFourHours() {
        assertThat(answered().next(RENEW, FIRST.plusSeconds(1))).isEqualTo(Next.REPLAY);
        assertThat(answered().next(RENEW, FIRST.plus(Duration.ofHours(24)).minusMillis(1)))
                .isEqualTo(Next.REPLAY);
    }

    @Test
    void afterTwentyFourHoursTheKeyIsFreeForAnyRequest() {
        assertThat(answered().next(RENEW, FIRST.plus(Duration.ofHours(24)))).isEqualTo(Next.RUN);
        assertThat(answered().next(OTHER, FIRST.plus(Duration.ofHours(25)))).isEqualTo(Next.RUN);
        assertThat(running().next(OTHER, FIRST.plus(Duration.ofHours(25)))).isEqualTo(Next.RUN);
    }

    @Test
    void anotherRequestWithTheKeyIsRefusedWhateverTheFirstsState() {
        assertThat(answered().next(OTHER, FIRST.plusSeconds(1))).isEqualTo(Next.REUSED);
        assertThat(running().next(OTHER, FIRST.plusSeconds(1))).isEqualTo(Next.REUSED);
    }

    @Test
    void whileTheFirstRunsTheKeyIsInUseUntilItIsTakenAsAbandoned() {
        assertThat(running().next(RENEW, FIRST)).isEqualTo(Next.IN_USE);
        assertThat(running().next(RENEW, FIRST.plus(Duration.ofMinutes(5)).minusMillis(1)))
                .isEqualTo(Next.IN_USE);
        assertThat(running().next(RENEW, FIRST.plus(Duration.ofMinutes(5)))).isEqualTo(Next.RUN);
    }
}
