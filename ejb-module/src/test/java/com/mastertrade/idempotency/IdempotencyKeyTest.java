package com.mastertrade.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mastertrade.shared.MastertradeException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeyTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "5f0c8e2a-2b1e-4d8e-9a57-0d2f1c9b7e41", "order 12 / try #1", "~!@{}[]|\\\"'`"})
    void takesOneToTwoHundredFiftyFivePrintableAsciiCharacters(String value) {
        assertThat(new IdempotencyKey(value).value()).isEqualTo(value);
        assertThat(new IdempotencyKey("k".repeat(255)).value()).hasSize(255);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "tab\there", "new\nline", "nul\u0000", "del\u007f", "caf\u00e9", "emoji\ud83d\ude00"})
    void refusesEmptyControlAndNonAsciiKeysWith400(String value) {
        assertThatThrownBy(() -> new IdempotencyKey(value))
                .isInstanceOf(MastertradeException.class)
                .satisfies(e -> {
                    MastertradeException refused = (MastertradeException) e;
                    assertThat(refused.status()).isEqualTo(400);
                    assertThat(refused.code()).isEqualTo("IDEMPOTENCY_KEY_INVALID");
                    assertThat(refused.field()).isEqualTo("Idempotency-Key");
                });
    }

    @Test
    void refusesAKeyOverTwoHundredFiftyFiveCharactersAndTwoKeysInOneRequest() {
        assertThatThrownBy(() -> new IdempotencyKey("k".repeat(256))).isInstanceOf(MastertradeException.class);
        assertThatThrownBy(() -> IdempotencyKey.fromHeader(List.of("a", "b"))).isInstanceOf(MastertradeException.class);
        assertThatThrownBy(() -> IdempotencyKey.fromHeader(List.of())).isInstanceOf(MastertradeException.class);
        assertThat(IdempotencyKey.fromHeader(List.of("a,b")).value()).isEqualTo("a,b");
    }
}
