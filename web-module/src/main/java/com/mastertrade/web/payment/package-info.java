/**
 * Orders and payments in the store API: customers order ({@code /api/orders}) and are sent to the provider's
 * checkout; providers report at {@code /api/payments/webhook/{provider}}; staff search and refund orders
 * ({@code /api/admin/orders}) and set the store's provider accounts ({@code /api/admin/payment-providers}).
 * Rules live in {@link com.mastertrade.payment}; what lives here besides the resources and pages is the
 * sequence of a call to a provider between two transactions ({@code Checkouts}, {@code Refunds},
 * {@code PaymentWebhooks}), through {@code ProviderCalls} and the platform's one MicroProfile Fault Tolerance
 * policy, {@code ProviderAttempts} (ADR 0009).
 */
package com.mastertrade.web.payment;
