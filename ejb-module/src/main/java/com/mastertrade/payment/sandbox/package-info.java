/**
 * The built-in {@code sandbox} provider, so that a fresh install sells end to end without any provider account:
 * a checkout page of our own whose buttons send the signed callback of API.md
 * ({@link com.mastertrade.payment.sandbox.SandboxSignature}) to the store's webhook, where it takes the same path
 * as a real provider's. It changes no order itself.
 */
package com.mastertrade.payment.sandbox;
