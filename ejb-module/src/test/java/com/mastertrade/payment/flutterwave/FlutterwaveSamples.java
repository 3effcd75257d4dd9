package com.mastertrade.payment.flutterwave;

/** Webhooks and answers as Flutterwave v3 writes them (from its documentation's samples). */
final class FlutterwaveSamples {

    static final String CHARGE_COMPLETED = charge("successful");
    static final String CHARGE_FAILED = charge("failed");

    static final String TRANSFER_COMPLETED = """
            {"event": "transfer.completed", "event.type": "Transfer",
             "data": {"id": 33286, "account_number": "0690000040", "bank_name": "ACCESS BANK NIGERIA",
              "fullname": "Bale Gary", "created_at": "2026-11-24T08:00:00.000Z", "currency": "NGN",
              "amount": 1000, "fee": 10.75, "status": "SUCCESSFUL", "reference": "a0a827b1eca65311_PMCKDU_5",
              "narration": "Payout", "complete_message": "Successful"}}""";

    private FlutterwaveSamples() {}

    private static String charge(String status) {
        return """
                {
                  "event": "charge.completed",
                  "data": {
                    "id": 285959875,
                    "tx_ref": "MT-ORD-1001",
                    "flw_ref": "FLW-MOCK-6f52518a2ecca2b6b090f9593eb390ce",
                    "device_fingerprint": "62a2e7d1d0f0d27d4cec2e2ea8ee9d2b",
                    "amount": 15000,
                    "currency": "XOF",
                    "charged_amount": 15000,
                    "app_fee": 525,
                    "merchant_fee": 0,
                    "processor_response": "Approved by Financial Institution",
                    "auth_model": "NOAUTH",
                    "ip": "197.149.95.62",
                    "narration": "Mastertrade demo",
                    "status": "%s",
                    "payment_type": "mobilemoneyfranco",
                    "created_at": "2026-11-24T08:01:12.000Z",
                    "account_id": 17321,
                    "customer": {"id": 215604089, "name": "Awa Koné", "phone_number": "2250700000000",
                      "email": "awa@example.ci", "created_at": "2026-11-24T08:01:12.000Z"}
                  },
                  "event.type": "MOBILEMONEYFRANCO_TRANSACTION"
                }""".formatted(status);
    }

    /** The verify endpoint's answer about transaction 285959875, as Flutterwave records it. */
    static String verified(String status, long amount, String currency, String txRef) {
        return """
                {"status": "success", "message": "Transaction fetched successfully",
                 "data": {"id": 285959875, "tx_ref": "%s", "flw_ref": "FLW-MOCK-6f52518a2ecca2b6b090f9593eb390ce",
                  "device_fingerprint": "62a2e7d1d0f0d27d4cec2e2ea8ee9d2b", "amount": %d, "currency": "%s",
                  "charged_amount": %d, "app_fee": 525, "merchant_fee": 0,
                  "processor_response": "Approved by Financial Institution", "auth_model": "NOAUTH",
                  "ip": "197.149.95.62", "narration": "Mastertrade demo", "status": "%s",
                  "payment_type": "mobilemoneyfranco", "created_at": "2026-11-24T08:01:12.000Z", "account_id": 17321,
                  "amount_settled": 14475,
                  "customer": {"id": 215604089, "name": "Awa Koné", "phone_number": "2250700000000",
                   "email": "awa@example.ci", "created_at": "2026-11-24T08:01:12.000Z"}}}""".formatted(txRef, amount, currency, amount, status);
    }
}
