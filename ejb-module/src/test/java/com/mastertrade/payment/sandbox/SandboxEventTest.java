package com.mastertrade.payment.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mastertrade.payment.InvalidWebhookException;
import com.mastertrade.payment.PaymentNotice;
import com.mastertrade.shared.Money;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SandboxEventTest {

    @Test
    void whatThePageSendsReadsBackAsTheSameEvent() {
        byte[] body = SandboxEvent.body("evt_1", 42, "paid", new Money(22_900, "EUR"));

        assertThat(new String(body, StandardCharsets.UTF_8))
                .isEqualTo(
                        "{\"event_id\":\"evt_1\",\"order_id\":\"42\",\"status\":\"paid\",\"amount\":22900,\"currency\":\"EUR\"}");
        assertThat(SandboxEvent.parse(body))
                .isEqualTo(new SandboxEvent("evt_1", 42, PaymentNotice.Outcome.PAID, new Money(22_900, "EUR")));
    }

    @Test
    void malformedEventsAreInvalidWebhooks() {
        for (String body : new String[] {
            "",
            "[]",
            "{",
            "{\"event_id\":\"e\"}",
            "{\"event_id\":\"e\",\"order_id\":\"x\",\"status\":\"paid\",\"amount\":1,\"currency\":\"XOF\"}",
            "{\"event_id\":\"e\",\"order_id\":\"1\",\"status\":\"stolen\",\"amount\":1,\"currency\":\"XOF\"}",
            "{\"event_id\":\"e\",\"order_id\":\"1\",\"status\":\"paid\",\"amount\":1.5,\"currency\":\"XOF\"}",
            "{\"event_id\":\"e\",\"order_id\":\"1\",\"status\":\"paid\",\"amount\":\"1\",\"currency\":\"XOF\"}",
            "{\"event_id\":\"e\",\"order_id\":\"1\",\"status\":\"paid\",\"amount\":1,\"currency\":\"BTC\"}",
            "{\"event_id\":\"e\",\"order_id\":\"1\",\"status\":\"paid\",\"amount\":-1,\"currency\":\"XOF\"}"
        }) {
            assertThatThrownBy(() -> SandboxEvent.parse(body.getBytes(StandardCharsets.UTF_8)))
                    .as(body)
                    .isInstanceOf(InvalidWebhookException.class);
        }
    }
}
