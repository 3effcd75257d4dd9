/**
 * Orders and payments in the store API: customers order ({@code /api/orders}) and are sent to the provider's
 * checkout; providers report at {@code /api/payments/webhook/{provider}}; staff search and refund orders
 * ({@code /api/admin/orders}) and set the store's provider accounts ({@code /api/admin/payment-providers}).
 * Rules live in {@link com.mastertrade.payment}.
 */
package com.mastertrade.web.payment;
