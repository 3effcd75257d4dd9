package com.mastertrade.payment.stripe;

/** Events as Stripe sends them (API version 2025-08-27.basil), trimmed of fields nobody reads. */
final class StripeEventsSamples {

    static final String SESSION_COMPLETED_PAID =
            session("evt_1QmDemoCompleted", "checkout.session.completed", "paid", "complete");
    static final String SESSION_COMPLETED_UNPAID =
            session("evt_1QmDemoPending", "checkout.session.completed", "unpaid", "complete");
    static final String ASYNC_SUCCEEDED =
            session("evt_1QmDemoAsyncOk", "checkout.session.async_payment_succeeded", "paid", "complete");
    static final String ASYNC_FAILED =
            session("evt_1QmDemoAsyncKo", "checkout.session.async_payment_failed", "unpaid", "complete");

    static final String CHARGE_REFUNDED = """
            {
              "id": "evt_3QmDemoRefunded",
              "object": "event",
              "api_version": "2025-08-27.basil",
              "created": 1795507200,
              "data": {
                "object": {
                  "id": "ch_3QmDemoCharge",
                  "object": "charge",
                  "amount": 15000,
                  "amount_captured": 15000,
                  "amount_refunded": 15000,
                  "captured": true,
                  "currency": "xof",
                  "livemode": false,
                  "metadata": {},
                  "paid": true,
                  "payment_intent": "pi_3QmDemoIntent",
                  "refunded": true,
                  "status": "succeeded"
                },
                "previous_attributes": {"amount_refunded": 0, "refunded": false}
              },
              "livemode": false,
              "pending_webhooks": 1,
              "request": {"id": "req_DemoRefund", "idempotency_key": "refund-cs_test_a1B2c3D4e5"},
              "type": "charge.refunded"
            }""";

    static final String CUSTOMER_CREATED = """
            {
              "id": "evt_1QmDemoCustomer",
              "object": "event",
              "api_version": "2025-08-27.basil",
              "created": 1795507200,
              "data": {"object": {"id": "cus_DemoCustomer", "object": "customer", "email": "awa@example.ci"}},
              "livemode": false,
              "pending_webhooks": 1,
              "request": {"id": null, "idempotency_key": null},
              "type": "customer.created"
            }""";

    private StripeEventsSamples() {}

    private static String session(String eventId, String type, String paymentStatus, String status) {
        return """
                {
                  "id": "%s",
                  "object": "event",
                  "api_version": "2025-08-27.basil",
                  "created": 1795507200,
                  "data": {
                    "object": {
                      "id": "cs_test_a1B2c3D4e5",
                      "object": "checkout.session",
                      "amount_subtotal": 15000,
                      "amount_total": 15000,
                      "client_reference_id": "MT-ORD-1001",
                      "currency": "xof",
                      "customer_details": {"email": "awa@example.ci", "name": "Awa Koné"},
                      "customer_email": "awa@example.ci",
                      "livemode": false,
                      "locale": "fr",
                      "metadata": {"order_reference": "MT-ORD-1001"},
                      "mode": "payment",
                      "payment_intent": "pi_3QmDemoIntent",
                      "payment_status": "%s",
                      "status": "%s",
                      "success_url": "https://demo.mastertrade.test/orders/1001/return",
                      "url": null
                    }
                  },
                  "livemode": false,
                  "pending_webhooks": 1,
                  "request": {"id": null, "idempotency_key": null},
                  "type": "%s"
                }""".formatted(eventId, paymentStatus, status, type);
    }
}
