package com.mastertrade.identity;

import com.mastertrade.shared.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address, trimmed and lowercased: the same mailbox is one account, however it is typed. */
public record EmailAddress(String value) {

    private static final Pattern FORMAT = Pattern.compile(
            "^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$");

    public EmailAddress {
        value = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        if (value.length() > 254 || !FORMAT.matcher(value).matches()) {
            throw new InvalidInputException("email", "email is not a valid address");
        }
    }

    /** For look-ups of what a client typed: an impossible address finds nothing instead of failing. */
    public static EmailAddress parseOrNull(String candidate) {
        try {
            return new EmailAddress(candidate);
        } catch (InvalidInputException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
