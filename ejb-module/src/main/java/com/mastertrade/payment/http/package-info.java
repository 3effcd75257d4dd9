/**
 * What the payment gateways share to speak to a provider's HTTP API: one way to send a request with connect and
 * read timeouts and to turn the answer into JSON or into the platform's errors ({@link
 * com.mastertrade.payment.ProviderUnavailableException} for a provider that is down, {@link
 * com.mastertrade.payment.http.ProviderRejectedException} for a request it refuses), the OAuth access tokens of
 * PayPal and Orange Money, amounts in major units, the currencies a provider takes, and the fault-tolerance
 * settings and fallbacks of every gateway. Nothing here knows a particular provider.
 */
package com.mastertrade.payment.http;
