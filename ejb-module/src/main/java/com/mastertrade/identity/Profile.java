package com.mastertrade.identity;

import com.mastertrade.shared.InvalidInputException;
import com.mastertrade.shared.Language;
import java.util.Locale;
import java.util.regex.Pattern;

/** The personal details of an account, checked once here. */
public record Profile(String name, String phone, String country, Language locale) {

    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ().-]{6,31}$");
    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");

    public Profile {
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > 120) {
            throw new InvalidInputException("name", "name is 1 to 120 characters");
        }
        phone = blankToNull(phone);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new InvalidInputException("phone", "phone is a telephone number such as +225 07 00 00 00");
        }
        country = blankToNull(country);
        if (country != null) {
            country = country.toUpperCase(Locale.ROOT);
            if (!COUNTRY.matcher(country).matches()) {
                throw new InvalidInputException("country", "country is an ISO 3166 two-letter code such as CI");
            }
        }
        locale = locale == null ? Language.DEFAULT : locale;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
