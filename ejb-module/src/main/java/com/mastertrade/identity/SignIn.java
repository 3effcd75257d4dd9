package com.mastertrade.identity;

/** A successful sign-in: the bearer token and who it belongs to. */
public record SignIn(TokenIssuer.IssuedToken token, User user) {}
