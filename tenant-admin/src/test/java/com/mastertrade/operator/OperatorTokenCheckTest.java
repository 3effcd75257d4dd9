package com.mastertrade.operator;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mastertrade.shared.UnauthorizedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.SecurityContext;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.Arrays;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/**
 * Store and operator tokens are signed by one key; the operator API tells them apart by their audience
 * ({@code mastertrade-operator}, the admin manual's "Operators").
 */
class OperatorTokenCheckTest {

    private final OperatorTokenCheck check = new OperatorTokenCheck();

    @Test
    void anOperatorTokenPasses() {
        assertThatCode(() -> check.filter(requestBy(token(Set.of("mastertrade-operator")))))
                .doesNotThrowAnyException();
    }

    @Test
    void aStoreTokenOrATokenWithoutAudienceIsRefused() {
        for (Set<String> audience : Arrays.asList(Set.of("mastertrade-store"), null)) {
            assertThatThrownBy(() -> check.filter(requestBy(token(audience))))
                    .isInstanceOf(UnauthorizedException.class)
                    .extracting("code")
                    .isEqualTo("INVALID_TOKEN");
        }
    }

    @Test
    void noSignedInCallerIsLeftToTheRoleCheck() {
        assertThatCode(() -> check.filter(requestBy(null))).doesNotThrowAnyException();
    }

    /** A token as MicroProfile JWT gives it, with only its audience known. */
    private static JsonWebToken token(Set<String> audience) {
        return (JsonWebToken) Proxy.newProxyInstance(
                JsonWebToken.class.getClassLoader(), new Class<?>[] {JsonWebToken.class}, (proxy, method, args) -> {
                    return switch (method.getName()) {
                        case "getAudience" -> audience;
                        case "getName" -> "someone@acme.test";
                        default -> throw new UnsupportedOperationException(method.getName());
                    };
                });
    }

    private static ContainerRequestContext requestBy(Principal principal) {
        SecurityContext security = (SecurityContext) Proxy.newProxyInstance(
                SecurityContext.class.getClassLoader(),
                new Class<?>[] {SecurityContext.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getUserPrincipal")) {
                        return principal;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return (ContainerRequestContext) Proxy.newProxyInstance(
                ContainerRequestContext.class.getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getSecurityContext")) {
                        return security;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
