package com.mastertrade.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KeptAnswerTest {

    @Test
    void successesAndClientErrorsStandForTheKey() {
        assertThat(KeptAnswer.standsFor(200, Map.of())).isTrue();
        assertThat(KeptAnswer.standsFor(201, Map.of("Location", "/api/orders/1")))
                .isTrue();
        assertThat(KeptAnswer.standsFor(204, Map.of())).isTrue();
        assertThat(KeptAnswer.standsFor(409, Map.of())).isTrue();
        assertThat(KeptAnswer.standsFor(422, Map.of())).isTrue();
        assertThat(KeptAnswer.standsFor(404, Map.of())).isTrue();
    }

    @Test
    void failuresAndTryLaterLetTheKeyGo() {
        assertThat(KeptAnswer.standsFor(429, Map.of("Retry-After", "60"))).isFalse();
        assertThat(KeptAnswer.standsFor(500, Map.of())).isFalse();
        assertThat(KeptAnswer.standsFor(502, Map.of())).isFalse();
        assertThat(KeptAnswer.standsFor(503, Map.of("Retry-After", "30"))).isFalse();
    }

    @Test
    void aFailureThatNamesWhatItCreatedStands() {
        assertThat(KeptAnswer.standsFor(503, Map.of("location", "/api/orders/9", "Retry-After", "30")))
                .isTrue();
    }

    @Test
    void keepsOnlyTheHeadersThatMatter() {
        KeptAnswer answer = new KeptAnswer(
                201,
                Map.of(
                        "Location", "http://x/api/orders/1",
                        "Content-Type", "application/json",
                        "X-Request-Id", "abc",
                        "Set-Cookie", "s=1"),
                new byte[] {1});
        assertThat(answer.headers()).containsOnlyKeys("Location", "Content-Type");
    }
}
