package com.mastertrade.payment;

/** A paid order that staff may refund now: what its provider's refund call needs. */
public record RefundPlan(PaymentProvider provider, OrderPayment payment, ProviderCredentials credentials) {}
