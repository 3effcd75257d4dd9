/**
 * Stripe through its own SDK (stripe-java): a Checkout Session per order, opened with an idempotency key so that
 * a retried call opens one session; webhooks verified with the SDK's {@code Webhook.constructEvent} on the raw
 * body; refunds of the session's payment intent. The store's secret key goes into a {@code StripeClient} made
 * for each call, never into the SDK's global {@code Stripe.apiKey}: every store has its own account.
 */
package com.mastertrade.payment.stripe;
