/**
 * PayPal Checkout through the Orders v2 REST API, over the JDK's HTTP client: an order created with
 * {@code intent CAPTURE} and a {@code PayPal-Request-Id}, captured when the customer comes back approved, and the
 * {@code PAYMENT.CAPTURE.*} webhooks, each verified by PayPal's own {@code verify-webhook-signature} call before
 * it is believed. PayPal does not take XOF, XAF and the other African currencies the platform sells in: such an
 * order is refused before PayPal is asked.
 */
package com.mastertrade.payment.paypal;
