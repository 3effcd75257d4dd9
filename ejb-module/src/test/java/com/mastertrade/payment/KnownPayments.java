package com.mastertrade.payment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The store's payments, as the orders would hand them to a gateway: a plain list, no database. */
public record KnownPayments(PaymentProvider provider, List<OrderPayment> payments) implements PendingPayments {

    public static KnownPayments of(PaymentProvider provider, OrderPayment... payments) {
        return new KnownPayments(provider, List.of(payments));
    }

    @Override
    public Optional<OrderPayment> byProviderReference(PaymentProvider provider, String providerReference) {
        return payments.stream()
                .filter(p -> this.provider == provider && Objects.equals(p.providerReference(), providerReference))
                .findFirst();
    }

    @Override
    public Optional<OrderPayment> byOrderReference(String reference) {
        return payments.stream().filter(p -> p.reference().equals(reference)).findFirst();
    }
}
