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

    /**
     * The throttle's view of a sign-in: where the account lives ({@code scope}), the email as typed, normalised,
     * and the client's address.
     */
    static LoginThrottle.Attempt attempt(String scope, String email, String clientAddress) {
        return new LoginThrottle.Attempt(
                scope, email == null ? "" : email.trim().toLowerCase(Locale.ROOT), clientAddress);
    }

    <T> T verify(LoginThrottle.Attempt attempt, Optional<T> account, Function<T, String> storedHash, String password) {
        throttle.checkAllowed(attempt);
        char[] typed = (password == null ? "" : password).toCharArray();
        if (!hasher.matches(typed, account.map(storedHash).orElse(null)) || account.isEmpty()) {
            throttle.recordFailure(attempt);
            throw new UnauthorizedException("INVALID_CREDENTIALS", "Email or password is incorrect");
        }
        throttle.recordSuccess(attempt);
        return account.get();
    }
}
