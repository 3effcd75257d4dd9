/**
 * Orders and the payment service providers that settle them. A {@link com.mastertrade.payment.PaymentGateway}
 * per provider speaks that provider's HTTP API (hosted checkout, webhook verification, refunds) and nothing
 * else; what a payment does to an order, a licence and the customer's mailbox is decided here once for all
 * providers, exactly once per provider event.
 */
package com.mastertrade.payment;
