package com.mastertrade.web.payment;

import com.mastertrade.payment.PaymentProvider;
import com.mastertrade.shared.NotFoundException;

/** A provider named in a path: an unknown name is no resource, 404 {@code PROVIDER_NOT_FOUND}. */
final class ProviderPaths {

    private ProviderPaths() {}

    static PaymentProvider provider(String name) {
        return PaymentProvider.find(name)
                .orElseThrow(() -> new NotFoundException("PROVIDER_NOT_FOUND", "No payment provider " + name));
    }
}
