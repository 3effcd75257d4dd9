package com.mastertrade.payment.http;

import com.mastertrade.payment.PaymentProvider;
import com.mastertrade.shared.ConflictException;
import com.mastertrade.shared.Money;
import java.util.Set;
import java.util.TreeSet;

/** The platform's currencies that a provider takes: an order in another is refused before the provider is asked. */
public record TakenCurrencies(PaymentProvider provider, Set<String> currencies) {

    public TakenCurrencies {
        currencies = Set.copyOf(currencies);
    }

    /**
     * Refuses an amount in a currency the provider does not take.
     *
     * @throws ConflictException 409 {@code CURRENCY_NOT_SUPPORTED}
     */
    public void require(Money amount) {
        if (!currencies.contains(amount.currency())) {
            throw new ConflictException(
                    "CURRENCY_NOT_SUPPORTED",
                    ProviderHttp.displayName(provider)
                            + " does not take " + amount.currency() + "; of the platform's currencies it takes "
                            + String.join(", ", new TreeSet<>(currencies)));
        }
    }
}
