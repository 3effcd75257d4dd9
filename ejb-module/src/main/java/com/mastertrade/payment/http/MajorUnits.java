package com.mastertrade.payment.http;

import com.mastertrade.payment.InvalidWebhookException;
import com.mastertrade.shared.InvalidInputException;
import com.mastertrade.shared.Money;
import java.math.BigDecimal;

/**
 * Amounts as PayPal and Flutterwave write them, in major units ({@code "150.00"} EUR, {@code 15000} XOF), to and
 * from the platform's minor units. Reading is exact: {@code 150.005} EUR is no amount, not {@code 150.00}.
 */
public final class MajorUnits {

    private MajorUnits() {}

    /** {@code "150.00"} for 15000 cents, {@code "15000"} for 15000 XOF. */
    public static String text(Money money) {
        return money.major().toPlainString();
    }

    /**
     * The amount a provider reports, in a currency the platform sells in.
     *
     * @throws InvalidWebhookException when it is not one: an amount with more digits than the currency has,
     *                                 negative, or in another currency
     */
    public static Money money(BigDecimal major, String currency) {
        try {
            int digits = new Money(0, currency).minorDigits();
            return new Money(major.movePointRight(digits).longValueExact(), currency);
        } catch (ArithmeticException | InvalidInputException e) {
            throw new InvalidWebhookException("The provider reports an amount of " + major.toPlainString() + " "
                    + currency + ", which is not an amount the platform sells in");
        }
    }

    public static Money money(String major, String currency) {
        try {
            return money(new BigDecimal(major), currency);
        } catch (NumberFormatException e) {
            throw new InvalidWebhookException("The provider reports an amount that is not a number");
        }
    }
}
