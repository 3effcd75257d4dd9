/**
 * What the payment gateways share to speak to a provider's HTTP API: one way to send a request with connect and
 * read timeouts and to turn the answer into JSON or into the platform's errors ({@link
 * com.mastertrade.payment.ProviderUnavailableException} for a provider that is down, {@link
 * com.mastertrade.payment.http.ProviderRejectedException} for a request it refuses), the OAuth access tokens of
 * PayPal and Orange Money, amounts in major units and the currencies a provider takes. Nothing here knows a
 * particular provider, and nothing here retries: the web module's {@code ProviderCalls} does (ADR 0009).
 */
package com.mastertrade.payment.http;
