package com.mastertrade.identity;

import com.mastertrade.shared.InvalidInputException;

/** Long enough to resist guessing, short enough that hashing it is no denial of service. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    static char[] check(String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new InvalidInputException(
                    "password", "password is " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
        if (password.isBlank()) {
            throw new InvalidInputException("password", "password cannot be only spaces");
        }
        return password.toCharArray();
    }
}
