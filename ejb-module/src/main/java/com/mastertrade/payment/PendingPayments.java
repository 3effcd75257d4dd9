package com.mastertrade.payment;

import java.util.Optional;

/** The store's payments as a gateway may look them up while reading a notification. */
public interface PendingPayments {

    Optional<OrderPayment> byProviderReference(PaymentProvider provider, String providerReference);

    Optional<OrderPayment> byOrderReference(String reference);
}
