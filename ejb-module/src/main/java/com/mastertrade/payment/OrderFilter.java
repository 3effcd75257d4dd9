package com.mastertrade.payment;

import java.util.Optional;

/** Which orders staff look for; every part is optional. */
public record OrderFilter(
        Optional<OrderStatus> status,
        Optional<PaymentProvider> provider,
        Optional<OrderKind> kind,
        Optional<Long> userId,
        Optional<Long> productId) {}
