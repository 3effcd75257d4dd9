package com.mastertrade.shared.http;

import com.mastertrade.shared.InvalidInputException;
import java.math.BigDecimal;

/**
 * Whole numbers of request bodies, read as sent. JSON-B narrows a number into a long or an int silently
 * (12.5 becomes 12, 2^32 + 30 becomes 30), so bodies declare numbers as {@link BigDecimal} and check them here.
 */
public final class WholeNumbers {

    private WholeNumbers() {}

    /** The number as a long, or 422 naming the field when it has a fraction or does not fit. */
    public static long whole(String field, BigDecimal number) {
        BigDecimal exact = number.stripTrailingZeros();
        if (exact.scale() > 0) {
            throw new InvalidInputException(field, field + " must be a whole number");
        }
        // In long arithmetic: 1e2147483647 has scale -2147483647, and precision - scale overflows an int.
        if ((long) exact.precision() - exact.scale() > 18) {
            throw new InvalidInputException(field, field + " is too large");
        }
        return exact.longValueExact();
    }

    /** A whole number sent as text (a query parameter), or 422 naming the field. */
    public static long parse(String field, String text) {
        try {
            return whole(field, new BigDecimal(text.trim()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, field + " must be a whole number");
        }
    }

    /** A count within the int range (null stays null); callers' own bounds then refuse what is too large. */
    public static Integer count(String field, BigDecimal number) {
        if (number == null) {
            return null;
        }
        long value = whole(field, number);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }
}
