package com.mastertrade.web.identity;

/** The bodies of the {@code /api/auth} calls, as clients send them. */
public final class AuthRequests {

    private AuthRequests() {}

    public record Register(
            String name, String email, String password, String phone, String country, Boolean acceptTerms) {}

    public record Login(String email, String password) {}

    public record Forgot(String email) {}

    public record Reset(String token, String password) {}

    public record Registered(long id, String email, String role) {}

    public record SignedIn(String token, String tokenType, long expiresIn, SignedInUser user) {}

    public record SignedInUser(long id, String email, String name, String role) {}
}
