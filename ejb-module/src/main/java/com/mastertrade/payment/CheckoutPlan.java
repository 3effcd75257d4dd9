package com.mastertrade.payment;

/** A pending order ready for its provider's checkout: the request, and the store's credentials to send it with. */
public record CheckoutPlan(PaymentProvider provider, CheckoutRequest request, ProviderCredentials credentials) {}
