package com.mastertrade.payment.flutterwave;

import com.mastertrade.payment.InvalidWebhookException;
import com.mastertrade.payment.http.MajorUnits;
import com.mastertrade.shared.Money;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** A Flutterwave transaction as its {@code data} object describes it, in a webhook or in a verification. */
record FlutterwaveTransaction(long id, String txRef, Money amount, String status) {

    static final String SUCCESSFUL = "successful";
    static final String FAILED = "failed";

    static FlutterwaveTransaction of(JsonValue data) {
        if (!(data instanceof JsonObject transaction)
                || !(transaction.get("id") instanceof JsonNumber id)
                || !id.isIntegral()
                || !(transaction.get("amount") instanceof JsonNumber amount)) {
            throw new InvalidWebhookException("The Flutterwave transaction has no id or no amount");
        }
        return new FlutterwaveTransaction(
                id.longValue(),
                transaction.getString("tx_ref", ""),
                MajorUnits.money(amount.bigDecimalValue(), transaction.getString("currency", "")),
                transaction.getString("status", ""));
    }
}
