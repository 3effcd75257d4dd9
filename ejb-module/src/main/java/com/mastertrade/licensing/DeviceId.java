package com.mastertrade.licensing;

import com.mastertrade.shared.InvalidInputException;
import java.util.regex.Pattern;

/**
 * The fingerprint a program sends for the machine it runs on (typically the SHA-256 of hardware ids): 1 to
 * 128 printable characters without blanks. One device holds at most one slot of a licence.
 */
public record DeviceId(String value) {

    static final int MAX_LENGTH = 128;
    private static final Pattern FORMAT = Pattern.compile("^[\\x21-\\x7E]{1," + MAX_LENGTH + "}$");

    public DeviceId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidInputException("device_id", "device_id is 1 to " + MAX_LENGTH + " printable characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
