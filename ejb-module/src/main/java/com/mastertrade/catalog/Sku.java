package com.mastertrade.catalog;

import com.mastertrade.shared.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A product's code, as resellers print it and WinDev programs send it ({@code GESTCOM-PRO}): 2 to 64 capital
 * letters, digits, dots, underscores or hyphens, starting with a letter or digit. Typed in any case, kept in
 * capitals. Never only digits: {@code /api/products/{id or sku}} reads a number as an id.
 */
public record Sku(String value) {

    private static final Pattern FORMAT = Pattern.compile("^[A-Z0-9][A-Z0-9._-]{1,63}$");
    private static final Pattern DIGITS = Pattern.compile("^[0-9]+$");

    public Sku {
        value = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidInputException(
                    "sku", "sku is 2 to 64 letters, digits, '.', '_' or '-', " + "starting with a letter or digit");
        }
        if (isId(value)) {
            throw new InvalidInputException("sku", "sku cannot be only digits: it would read as a product id");
        }
    }

    /** True when a path segment names a product by its id rather than its sku. */
    static boolean isId(String idOrSku) {
        return DIGITS.matcher(idOrSku).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
