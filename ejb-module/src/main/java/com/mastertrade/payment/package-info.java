/**
 * Orders and the payment service providers that settle them. A {@link com.mastertrade.payment.PaymentGateway}
 * per provider speaks that provider's HTTP API (hosted checkout, webhook verification, refunds) and nothing
 * else; what a payment does to an order, a licence and the customer's mailbox is decided here once for all
 * providers, exactly once per provider event: the {@link com.mastertrade.payment.Order} aggregate settles each
 * event, {@link com.mastertrade.payment.PaymentEvents} records it in the same transaction and
 * {@link com.mastertrade.payment.Fulfilment} delivers. Services here never call a provider: the web module
 * does, between their transactions, under timeouts and retries (ADR 0009).
 * Licences are created and taken back through {@code licensing}'s services only.
 */
package com.mastertrade.payment;
