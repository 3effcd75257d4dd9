package com.mastertrade.payment.paypal;

/** Answers and webhook events as PayPal's Orders v2 and Payments v2 APIs write them (from PayPal's samples). */
final class PayPalSamples {

    static final String ORDER_ID = "5O190127TN364715T";
    static final String CAPTURE_ID = "42311647XV020574X";

    static final String TOKEN = """
            {"scope": "https://uri.paypal.com/services/payments/payment https://uri.paypal.com/services/payments/refund",
             "access_token": "A21AAFEpH4PsADK7qSS7pSRsgzfENtu-Q1ysgEDVDESseMHBYXVJYE8ovjj68elIDy8nF26AwPhfXTIeWAZHSLIsQkSYz9ifg",
             "token_type": "Bearer", "app_id": "APP-80W284485P519543T", "expires_in": 31668,
             "nonce": "2026-11-24T08:00:00ZaYZ6Z6Qd7P3ggyBh9WU8b2QJZcUiNGmVoR0g6vAbmQI"}""";

    static final String ORDER_CREATED = """
            {"id": "5O190127TN364715T", "status": "PAYER_ACTION_REQUIRED",
             "payment_source": {"paypal": {}},
             "links": [
               {"href": "https://api-m.paypal.com/v2/checkout/orders/5O190127TN364715T", "rel": "self", "method": "GET"},
               {"href": "https://www.paypal.com/checkoutnow?token=5O190127TN364715T", "rel": "payer-action", "method": "GET"}
             ]}""";

    static final String ORDER_CAPTURED = """
            {"id": "5O190127TN364715T", "status": "COMPLETED",
             "payment_source": {"paypal": {"name": {"given_name": "Awa", "surname": "Koné"},
               "email_address": "awa@example.ci", "account_id": "QYR5Z8XDVJNXQ"}},
             "purchase_units": [{
               "reference_id": "MT-ORD-1001",
               "payments": {"captures": [{
                 "id": "42311647XV020574X", "status": "COMPLETED",
                 "amount": {"currency_code": "EUR", "value": "49.90"},
                 "final_capture": true, "custom_id": "MT-ORD-1001",
                 "seller_protection": {"status": "ELIGIBLE"},
                 "create_time": "2026-11-24T08:01:12Z", "update_time": "2026-11-24T08:01:12Z"
               }]}
             }],
             "links": [{"href": "https://api-m.paypal.com/v2/checkout/orders/5O190127TN364715T", "rel": "self", "method": "GET"}]}""";

    static final String NOT_APPROVED = """
            {"name": "UNPROCESSABLE_ENTITY",
             "details": [{"issue": "ORDER_NOT_APPROVED", "description": "Payer has not yet approved the Order for payment."}],
             "message": "The requested action could not be performed, semantically incorrect, or failed business validation.",
             "debug_id": "f2a1a6e2b7c1d"}""";

    static final String CAPTURE_COMPLETED = """
            {
              "id": "WH-58D329510W468432D-8HN650336L201105X",
              "create_time": "2026-11-24T08:01:14.940Z",
              "resource_type": "capture",
              "event_version": "1.0",
              "resource_version": "2.0",
              "event_type": "PAYMENT.CAPTURE.COMPLETED",
              "summary": "Payment completed for EUR 49.9 EUR",
              "resource": {
                "id": "42311647XV020574X",
                "status": "COMPLETED",
                "amount": {"currency_code": "EUR", "value": "49.90"},
                "final_capture": true,
                "custom_id": "MT-ORD-1001",
                "seller_protection": {"status": "ELIGIBLE", "dispute_categories": ["ITEM_NOT_RECEIVED", "UNAUTHORIZED_TRANSACTION"]},
                "seller_receivable_breakdown": {
                  "gross_amount": {"currency_code": "EUR", "value": "49.90"},
                  "paypal_fee": {"currency_code": "EUR", "value": "2.04"},
                  "net_amount": {"currency_code": "EUR", "value": "47.86"}
                },
                "supplementary_data": {"related_ids": {"order_id": "5O190127TN364715T"}},
                "create_time": "2026-11-24T08:01:12Z",
                "update_time": "2026-11-24T08:01:12Z",
                "links": [
                  {"href": "https://api.paypal.com/v2/payments/captures/42311647XV020574X", "rel": "self", "method": "GET"},
                  {"href": "https://api.paypal.com/v2/payments/captures/42311647XV020574X/refund", "rel": "refund", "method": "POST"},
                  {"href": "https://api.paypal.com/v2/checkout/orders/5O190127TN364715T", "rel": "up", "method": "GET"}
                ]
              },
              "links": [
                {"href": "https://api.paypal.com/v1/notifications/webhooks-events/WH-58D329510W468432D-8HN650336L201105X", "rel": "self", "method": "GET"},
                {"href": "https://api.paypal.com/v1/notifications/webhooks-events/WH-58D329510W468432D-8HN650336L201105X/resend", "rel": "resend", "method": "POST"}
              ]
            }""";

    static final String CAPTURE_DENIED = CAPTURE_COMPLETED
            .replace("WH-58D329510W468432D-8HN650336L201105X", "WH-4SW78779LY2325805-07E03580SX1414828")
            .replace("PAYMENT.CAPTURE.COMPLETED", "PAYMENT.CAPTURE.DENIED")
            .replace("\"status\": \"COMPLETED\"", "\"status\": \"DENIED\"");

    /** A refund made in PayPal's dashboard: no custom_id of ours, only the capture it refunds. */
    static final String CAPTURE_REFUNDED = """
            {
              "id": "WH-1GE84257G0350133W-6RW800890C634293G",
              "create_time": "2026-11-30T10:00:02.000Z",
              "resource_type": "refund",
              "event_version": "1.0",
              "resource_version": "2.0",
              "event_type": "PAYMENT.CAPTURE.REFUNDED",
              "summary": "A EUR 49.9 EUR capture payment was refunded",
              "resource": {
                "id": "1Y107995YT783435V",
                "status": "COMPLETED",
                "amount": {"currency_code": "EUR", "value": "49.90"},
                "seller_payable_breakdown": {
                  "gross_amount": {"currency_code": "EUR", "value": "49.90"},
                  "paypal_fee": {"currency_code": "EUR", "value": "0.00"},
                  "net_amount": {"currency_code": "EUR", "value": "49.90"},
                  "total_refunded_amount": {"currency_code": "EUR", "value": "49.90"}
                },
                "create_time": "2026-11-30T02:00:00-08:00",
                "update_time": "2026-11-30T02:00:00-08:00",
                "links": [
                  {"href": "https://api.paypal.com/v2/payments/refunds/1Y107995YT783435V", "rel": "self", "method": "GET"},
                  {"href": "https://api.paypal.com/v2/payments/captures/42311647XV020574X", "rel": "up", "method": "GET"}
                ]
              },
              "links": [
                {"href": "https://api.paypal.com/v1/notifications/webhooks-events/WH-1GE84257G0350133W-6RW800890C634293G", "rel": "self", "method": "GET"}
              ]
            }""";

    static final String ORDER_APPROVED = """
            {"id": "WH-COC11055RA711503B-4YM959094A144403T", "create_time": "2026-11-24T08:01:00.000Z",
             "resource_type": "checkout-order", "event_version": "1.0", "resource_version": "2.0",
             "event_type": "CHECKOUT.ORDER.APPROVED", "summary": "An order has been approved by buyer",
             "resource": {"id": "5O190127TN364715T", "status": "APPROVED", "intent": "CAPTURE"}}""";

    private PayPalSamples() {}
}
