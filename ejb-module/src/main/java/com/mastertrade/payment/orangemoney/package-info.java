/**
 * Orange Money Web Payment (the Orange Developer "OM WebPay" API, Sonatel and the other Orange Money countries):
 * an OAuth token, a {@code webpayment} per order that answers a payment page, a {@code pay_token} and a
 * {@code notif_token}. Orange's notifications are not signed: one is matched to its order by its
 * {@code notif_token}, then believed only once Orange's transaction status answer agrees. Web Payment has no
 * refund API: refunds are made by hand in the Orange Money merchant portal.
 */
package com.mastertrade.payment.orangemoney;
