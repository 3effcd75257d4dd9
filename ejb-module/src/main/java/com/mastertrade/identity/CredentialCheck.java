package com.mastertrade.identity;

import com.mastertrade.shared.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks a password under the sign-in throttle, the same way for customers and operators: one answer for an
 * unknown account and a wrong password, in the same time (a full hash either way).
 */
@ApplicationScoped
class CredentialCheck {

    @Inject
    LoginThrottle throttle;

    @Inject
    PasswordHasher hasher;

    /** The throttle's key of an account: where it lives and the email as typed, normalised. */
    static String accountKey(String scope, String email) {
        return scope + ":" + (email == null ? "" : email.trim().toLowerCase(Locale.ROOT));
    }

    <T> T verify(
            String accountKey, String address, Optional<T> account, Function<T, String> storedHash, String password) {
        throttle.checkAllowed(accountKey, address);
        char[] attempt = (password == null ? "" : password).toCharArray();
        if (!hasher.matches(attempt, account.map(storedHash).orElse(null)) || account.isEmpty()) {
            throttle.recordFailure(accountKey, address);
            throw new UnauthorizedException("INVALID_CREDENTIALS", "Email or password is incorrect");
        }
        throttle.recordSuccess(accountKey);
        return account.get();
    }
}
