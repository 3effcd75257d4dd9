package com.mastertrade.identity;

import com.mastertrade.shared.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address, trimmed and lowercased: the same mailbox is one account, however it is typed. */
public record EmailAddress(String value) {

    private static final Pattern FORMAT = Pattern.compile(
            "^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$");

    /** Gmail's domains, the first one its own name: both deliver to one mailbox, dots or not. */
    private static final List<String> GMAIL = List.of("gmail.com", "googlemail.com");

    public EmailAddress {
        value = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        if (value.length() > 254 || !FORMAT.matcher(value).matches()) {
            throw new InvalidInputException("email", "email is not a valid address");
        }
    }

    /**
     * The mailbox this address delivers to, as far as the address tells: without its plus-tag
     * ({@code awa+1@example.test} is {@code awa@example.test}), and at Gmail, which ignores them, without the
     * dots of its local part ({@code a.wa@googlemail.com} is {@code awa@gmail.com}). For rules that hold once
     * per person, such as one trial per e-mail address; never for sending or signing in.
     */
    public String mailbox() {
        int at = value.lastIndexOf('@');
        String local = value.substring(0, at);
        String domain = value.substring(at + 1);
        int tag = local.indexOf('+');
        if (tag > 0) {
            local = local.substring(0, tag);
        }
        if (GMAIL.contains(domain)) {
            local = local.replace(".", "");
            domain = GMAIL.get(0);
        }
        return local + "@" + domain;
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
