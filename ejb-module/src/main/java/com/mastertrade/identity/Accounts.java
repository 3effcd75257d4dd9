package com.mastertrade.identity;

import com.mastertrade.audit.AuditTrail;
import com.mastertrade.notification.EmailType;
import com.mastertrade.notification.Outbox;
import com.mastertrade.shared.Actor;
import com.mastertrade.shared.ConflictException;
import com.mastertrade.shared.ForbiddenException;
import com.mastertrade.shared.InvalidInputException;
import com.mastertrade.shared.Language;
import com.mastertrade.shared.MastertradeException;
import com.mastertrade.shared.Tokens;
import com.mastertrade.shared.UnauthorizedException;
import com.mastertrade.shared.UniqueViolations;
import com.mastertrade.shared.tenant.TenantContext;
import com.mastertrade.shared.tenant.TenantRef;
import com.mastertrade.tenancy.StoreUrls;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Sign-up, sign-in and password resets of a store's users (the current tenant). */
@Stateless
public class Accounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    TokenIssuer tokens;

    @Inject
    CredentialCheck credentials;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    StoreUrls urls;

    @Inject
    SignUpThrottle signUps;

    @Inject
    ResetMailThrottle resetMails;

    /**
     * A customer signs up; the acceptance of the terms is recorded as a consent. A few accounts an hour per
     * address ({@link SignUpThrottle}).
     */
    public User register(Registration registration, RequestOrigin origin) {
        String store = TenantContext.require().slug().value();
        signUps.checkAllowed(store, origin.ip());
        if (!Boolean.TRUE.equals(registration.acceptTerms())) {
            throw new InvalidInputException("accept_terms", "the terms of sale must be accepted");
        }
        Profile profile =
                new Profile(registration.name(), registration.phone(), registration.country(), origin.language());
        EmailAddress email = new EmailAddress(registration.email());
        char[] password = PasswordPolicy.check(
                registration.password(), origin.language(), registration.email(), registration.name());
        User user = create(profile, email, password, RoleName.USER);
        em.persist(Consent.termsAccepted(user, origin, clock.instant()));
        signUps.recordSignUp(store, origin.ip());
        return user;
    }

    /** A member of the reseller's staff; an existing account with that email is kept as it is. */
    public User ensureStaff(String name, String email, String password, RoleName role) {
        EmailAddress address = new EmailAddress(email);
        Optional<User> existing = findByEmail(address);
        if (existing.isPresent()) {
            return existing.get();
        }
        return create(
                new Profile(name, null, null, null),
                address,
                PasswordPolicy.check(password, Language.DEFAULT, email, name),
                role);
    }

    private User create(Profile profile, EmailAddress email, char[] password, RoleName roleName) {
        if (findByEmail(email).isPresent()) {
            throw emailTaken();
        }
        Role role = em.createNamedQuery("Role.byName", Role.class)
                .setParameter("name", roleName)
                .getSingleResult();
        User user = new User(profile, email, hasher.hash(password), role, clock.instant());
        try {
            em.persist(user);
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueViolations.isCause(e)) {
                throw emailTaken();
            }
            throw e;
        }
        return user;
    }

    private static ConflictException emailTaken() {
        return new ConflictException("EMAIL_TAKEN", "An account already uses this email");
    }

    /**
     * Checks the password and issues a token. The same answer for an unknown email and a wrong password,
     * in the same time, so sign-in reveals nothing about who has an account.
     */
    public SignIn login(String email, String password, RequestOrigin origin) {
        TenantRef tenant = TenantContext.require();
        User user = credentials.verify(
                CredentialCheck.attempt(tenant.slug().value(), email, origin.ip()),
                Optional.ofNullable(EmailAddress.parseOrNull(email))
                        .flatMap(this::findByEmail)
                        .filter(User::isActive),
                User::passwordHash,
                password);
        user.recordLogin(clock.instant());
        return new SignIn(tokens.forStoreUser(tenant.slug().value(), user), user);
    }

    /**
     * E-mails a single-use reset link when the address has an account; says nothing either way. A new
     * request voids the links sent before it. A few e-mails an hour per account and address
     * ({@link ResetMailThrottle}); past them, nothing is sent and nothing is said either.
     */
    public void requestPasswordReset(String email, RequestOrigin origin) {
        String store = TenantContext.require().slug().value();
        if (!resetMails.fromAddress(store, origin.ip())) {
            return;
        }
        Optional<User> user = Optional.ofNullable(EmailAddress.parseOrNull(email))
                .flatMap(this::findByEmail)
                .filter(User::isActive);
        if (user.isEmpty() || !resetMails.toAccount(store, user.get().email())) {
            return;
        }
        Instant now = clock.instant();
        voidOpenResetLinks(user.get(), now);
        String secret = Tokens.newSecret();
        em.persist(new PasswordResetToken(user.get(), Tokens.sha256(secret), origin.ip(), now));
        String link = urls.of("/reset-password?token=" + secret).toString();
        outbox.email(
                user.get().id(),
                user.get().email(),
                user.get().language(),
                EmailType.PASSWORD_RESET,
                Map.of(
                        "name",
                        user.get().name(),
                        "link",
                        link,
                        "minutes",
                        Long.toString(PasswordResetToken.LIFETIME.toMinutes())));
    }

    /** Sets a new password with the secret of a reset link; the link is spent even if two requests race. */
    public void resetPassword(String token, String newPassword, RequestOrigin origin) {
        PasswordPolicy.checkLength(newPassword);
        Instant now = clock.instant();
        PasswordResetToken reset =
                findUsableResetLink(token, LockModeType.PESSIMISTIC_WRITE, now).orElseThrow(Accounts::invalidResetLink);
        User user = reset.user();
        char[] password = PasswordPolicy.check(newPassword, origin.language(), user.email(), user.name());
        user.changePassword(hasher.hash(password), now);
        voidOpenResetLinks(user, now);
        audit.record(
                new Actor(user.id(), user.email(), origin.ip(), null),
                "user.password_reset",
                "user",
                user.id(),
                Map.of());
    }

    /**
     * A signed-in user changes their password, giving the current one (throttled like a sign-in): every other
     * session and token ends, open reset links are voided. Answers the user for the caller to sign in again.
     */
    public User changePassword(long userId, String currentPassword, String newPassword, RequestOrigin origin) {
        PasswordPolicy.checkLength(newPassword);
        User checked = confirmedBy(userId, currentPassword, origin);
        char[] password = PasswordPolicy.check(newPassword, origin.language(), checked.email(), checked.name());
        Instant now = clock.instant();
        checked.changePassword(hasher.hash(password), now);
        voidOpenResetLinks(checked, now);
        audit.record(
                new Actor(checked.id(), checked.email(), origin.ip(), null),
                "user.password_changed",
                "user",
                checked.id(),
                Map.of());
        return checked;
    }

    /**
     * The owner of a customer account confirms its erasure with the password (throttled like a sign-in); staff
     * accounts are closed by an administrator instead (403 {@code STAFF_ACCOUNT}). Answers the account, locked.
     */
    public User confirmErasure(long userId, String password, RequestOrigin origin) {
        return erasable(confirmedBy(userId, password, origin));
    }

    /** The account, locked for its erasure, when its owner has just signed in (the API's confirmation). */
    public User lockForErasure(long userId) {
        return erasable(lockedActive(userId));
    }

    private static User erasable(User user) {
        if (user.isStaff()) {
            throw new ForbiddenException("STAFF_ACCOUNT", "A staff account is closed by an administrator of the store");
        }
        return user;
    }

    /**
     * Empties a confirmed account of everything personal ({@link User#erase}), with its consents and reset
     * links; what other features keep about the person is their own business.
     */
    public void erase(User user) {
        em.createNamedQuery("Consent.forgetUser")
                .setParameter("user", user.id())
                .executeUpdate();
        em.createNamedQuery("PasswordResetToken.forgetUser")
                .setParameter("user", user)
                .executeUpdate();
        user.erase(clock.instant());
    }

    private User confirmedBy(long userId, String password, RequestOrigin origin) {
        User user = lockedActive(userId);
        return credentials.verify(
                CredentialCheck.attempt(TenantContext.require().slug().value(), user.email(), origin.ip()),
                Optional.of(user),
                User::passwordHash,
                password);
    }

    private User lockedActive(long userId) {
        User user = em.find(User.class, userId, LockModeType.PESSIMISTIC_WRITE);
        if (user == null || !user.isActive()) {
            throw new UnauthorizedException("UNAUTHORIZED", "Sign in first");
        }
        return user;
    }

    /** Whether a reset link's secret can still set a password: what the page it opens shows first. */
    public boolean isResetLinkUsable(String token) {
        return findUsableResetLink(token, LockModeType.NONE, clock.instant()).isPresent();
    }

    private Optional<PasswordResetToken> findUsableResetLink(String token, LockModeType lock, Instant now) {
        if (token == null || token.isBlank() || token.length() > 128) {
            return Optional.empty();
        }
        return em.createNamedQuery("PasswordResetToken.byHash", PasswordResetToken.class)
                .setParameter("hash", Tokens.sha256(token))
                .setLockMode(lock)
                .getResultStream()
                .findFirst()
                .filter(t -> t.isUsableAt(now));
    }

    private void voidOpenResetLinks(User user, Instant now) {
        em.createNamedQuery("PasswordResetToken.openOf", PasswordResetToken.class)
                .setParameter("user", user)
                .getResultList()
                .forEach(t -> t.consume(now));
    }

    private static MastertradeException invalidResetLink() {
        return new MastertradeException(400, "INVALID_RESET_TOKEN", "This reset link is invalid, used or expired");
    }

    private Optional<User> findByEmail(EmailAddress email) {
        return em.createNamedQuery("User.byEmail", User.class)
                .setParameter("email", email.value())
                .getResultStream()
                .findFirst();
    }
}
