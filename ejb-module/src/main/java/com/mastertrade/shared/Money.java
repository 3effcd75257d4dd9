package com.mastertrade.shared;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * An amount in minor units of a currency, as the API carries it ({@code "amount": 15000, "currency": "XOF"}).
 * XOF and XAF have no minor unit: 15000 XOF is fifteen thousand francs.
 */
public record Money(long amount, String currency) {

    /** The currencies the platform sells in. */
    public static final Set<String> CURRENCIES = Set.of("XOF", "XAF", "EUR", "USD", "GBP", "MAD", "GNF", "CDF");

    public Money {
        Objects.requireNonNull(currency, "Currency is required.");
        currency = currency.trim().toUpperCase(Locale.ROOT);
        if (!CURRENCIES.contains(currency)) {
            throw new InvalidInputException("currency", "currency is one of " + CURRENCIES);
        }
        if (amount < 0) {
            throw new InvalidInputException("amount", "amount cannot be negative");
        }
    }

    /** 0 for XOF and XAF, 2 for EUR and USD: how many of the amount's digits are after the decimal point. */
    public int minorDigits() {
        return Currency.getInstance(currency).getDefaultFractionDigits();
    }

    /** The amount in major units: 150.00 for 15000 EUR cents, 15000 for 15000 XOF. */
    public BigDecimal major() {
        return BigDecimal.valueOf(amount, minorDigits());
    }

    /**
     * For people, as each language writes prices: "150 000 FCFA" or "229,00 €" in French (the symbol after,
     * a no-break space before it), "XOF 150,000" or "EUR 229.00" in English (the code first, as West African
     * shops write it).
     */
    public String format(Locale locale) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMinimumFractionDigits(minorDigits());
        number.setMaximumFractionDigits(minorDigits());
        String digits = number.format(major());
        if (!"fr".equals(locale.getLanguage())) {
            return currency + " " + digits;
        }
        String symbol = switch (currency) {
            case "XOF", "XAF" -> "FCFA";
            case "EUR" -> "€";
            default -> currency;
        };
        return digits + "\u00a0" + symbol;
    }
}
