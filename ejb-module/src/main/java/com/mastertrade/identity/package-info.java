/**
 * Who is who inside a tenant: customers and the reseller's staff ({@link com.mastertrade.identity.User}
 * with a {@link com.mastertrade.identity.RoleName}), their consents, password resets and sign-in
 * ({@link com.mastertrade.identity.Accounts}), and the platform's operators. Issues the JWTs that
 * MicroProfile JWT verifies. Other features ask {@link com.mastertrade.identity.Users} about users; they never
 * read the users table themselves.
 */
package com.mastertrade.identity;
