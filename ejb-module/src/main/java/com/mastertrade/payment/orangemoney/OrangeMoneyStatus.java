package com.mastertrade.payment.orangemoney;

import com.mastertrade.payment.PaymentNotice.Outcome;
import jakarta.json.JsonObject;
import java.util.Optional;

/** Orange's answer to a transaction status call: {@code {"status", "order_id", "txnid"}}. */
record OrangeMoneyStatus(String status, String orderId, String txnid) {

    static OrangeMoneyStatus of(JsonObject answer) {
        return new OrangeMoneyStatus(
                answer.getString("status", ""), answer.getString("order_id", ""), answer.getString("txnid", ""));
    }

    /**
     * SUCCESS is paid; FAILED, and EXPIRED (a payment page left unpaid), have failed; INITIATED and PENDING are
     * not decided yet.
     */
    static Optional<Outcome> outcome(String status) {
        return switch (status) {
            case "SUCCESS" -> Optional.of(Outcome.PAID);
            case "FAILED", "EXPIRED" -> Optional.of(Outcome.FAILED);
            default -> Optional.empty();
        };
    }

    Optional<Outcome> outcome() {
        return outcome(status);
    }
}
