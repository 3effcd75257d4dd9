/**
 * Flutterwave v3 Standard: a hosted payment link per order ({@code tx_ref} = the order's reference). A webhook is
 * first checked by its {@code verif-hash} header, a secret shared with the store's dashboard, and then never
 * believed on its own word: the transaction is fetched from Flutterwave's verify endpoint, and its status, amount,
 * currency and reference must agree with the notification; then, as for every provider, the order pays only its own
 * amount and currency.
 */
package com.mastertrade.payment.flutterwave;
