package com.mastertrade.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mastertrade.shared.SettableClock;
import com.mastertrade.shared.TooManyRequestsException;
import com.mastertrade.shared.UnauthorizedException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A sign-in: one answer for an unknown account and a wrong password, after a full hash either way, and every
 * failure counted by the throttle (ADR 0011).
 */
class CredentialCheckTest {

    private static final String STORED = "hash-of-the-right-password";

    private final List<String> hashed = new ArrayList<>();
    private final CredentialCheck check = new CredentialCheck();

    CredentialCheckTest() {
        LoginThrottle throttle = new LoginThrottle();
        throttle.clock = new SettableClock(Instant.parse("2026-12-03T08:00:00Z"));
        check.throttle = throttle;
        check.hasher = new PasswordHasher() {
            @Override
            public boolean matches(char[] password, String storedHash) {
                String typed = new String(password);
                hashed.add(storedHash == null ? "decoy" : storedHash);
                return STORED.equals(storedHash) && typed.equals("right-password");
            }
        };
    }

    @Test
    void theRightPasswordReturnsTheAccount() {
        assertThat(check.verify(attempt("Awa@Example.test "), Optional.of("awa"), a -> STORED, "right-password"))
                .isEqualTo("awa");
    }

    @Test
    void anUnknownAccountAndAWrongPasswordGetTheSameAnswerAfterAHashEach() {
        assertThatThrownBy(() -> check.verify(attempt("awa@example.test"), Optional.of("awa"), a -> STORED, "wrong"))
                .isInstanceOf(UnauthorizedException.class)
                .extracting("code")
                .isEqualTo("INVALID_CREDENTIALS");
        assertThatThrownBy(() -> check.verify(
                        attempt("nobody@example.test"), Optional.<String>empty(), a -> STORED, "right-password"))
                .isInstanceOf(UnauthorizedException.class)
                .extracting("code")
                .isEqualTo("INVALID_CREDENTIALS");
        assertThatThrownBy(() -> check.verify(attempt("awa@example.test"), Optional.of("awa"), a -> STORED, null))
                .extracting("code")
                .isEqualTo("INVALID_CREDENTIALS");
        assertThat(hashed).containsExactly(STORED, "decoy", STORED);
    }

    @Test
    void failuresAreCountedUnderTheEmailAsTypedInAnyCase() {
        for (int i = 0; i < 5; i++) {
            String typed = i % 2 == 0 ? "AWA@example.test" : " awa@example.test";
            assertThatThrownBy(() -> check.verify(attempt(typed), Optional.of("awa"), a -> STORED, "wrong"))
                    .isInstanceOf(UnauthorizedException.class);
        }
        assertThatThrownBy(() ->
                        check.verify(attempt("awa@example.test"), Optional.of("awa"), a -> STORED, "right-password"))
                .isInstanceOf(TooManyRequestsException.class);
    }

    @Test
    void aSuccessfulSignInForgetsTheFailuresBeforeIt() {
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                assertThatThrownBy(() ->
                                check.verify(attempt("awa@example.test"), Optional.of("awa"), a -> STORED, "wrong"))
                        .isInstanceOf(UnauthorizedException.class);
            }
            assertThat(check.verify(attempt("awa@example.test"), Optional.of("awa"), a -> STORED, "right-password"))
                    .isEqualTo("awa");
        }
    }

    private static LoginThrottle.Attempt attempt(String email) {
        return CredentialCheck.attempt("acme", email, "203.0.113.9");
    }
}
