package com.mastertrade.web.identity;

import com.mastertrade.identity.EmailPreferences;
import com.mastertrade.identity.User;
import java.time.Instant;

/** A user as the API shows it; never the password hash. */
public record UserView(
        long id,
        String email,
        String name,
        String phone,
        String country,
        String role,
        Instant createdAt,
        Instant lastLogin,
        String language,
        EmailPreferences emailPreferences) {

    static UserView of(User user) {
        return new UserView(
                user.id(),
                user.email(),
                user.name(),
                user.phone(),
                user.country(),
                user.role().apiName(),
                user.createdAt(),
                user.lastLogin(),
                user.language().tag(),
                user.emailPreferences());
    }
}
