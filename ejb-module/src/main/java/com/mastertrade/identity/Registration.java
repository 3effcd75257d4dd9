package com.mastertrade.identity;

/** A sign-up as the customer typed it; {@link Accounts#register} checks every field. */
public record Registration(
        String name, String email, String password, String phone, String country, Boolean acceptTerms) {}
