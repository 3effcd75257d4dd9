package com.mastertrade.identity;

import com.mastertrade.shared.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.eclipse.persistence.annotations.JoinFetch;
import org.eclipse.persistence.annotations.JoinFetchType;

/** A person with an account in one store: a customer or a member of the reseller's staff. */
@Entity
@Table(name = "users")
@NamedQuery(name = "User.byEmail", query = "select u from User u where u.email = :email")
@NamedQuery(name = "User.page", query = "select u from User u order by u.createdAt desc, u.id desc")
@NamedQuery(name = "User.count", query = "select count(u) from User u")
public class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "credentials_changed_at")
    private Instant credentialsChangedAt;

    private String phone;

    private String country;

    @Column(nullable = false)
    private String locale;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "role_id")
    @JoinFetch(JoinFetchType.INNER)
    private Role role;

    @Column(nullable = false)
    private String status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "last_login")
    private Instant lastLogin;

    @Column(name = "email_expiry_reminders", nullable = false)
    private boolean expiryReminders = EmailPreferences.DEFAULT.expiryReminders();

    @Column(name = "email_product_updates", nullable = false)
    private boolean productUpdates = EmailPreferences.DEFAULT.productUpdates();

    @Column(name = "email_newsletter", nullable = false)
    private boolean newsletter = EmailPreferences.DEFAULT.newsletter();

    @Column(name = "erased_at")
    private Instant erasedAt;

    protected User() {
        // for JPA
    }

    User(Profile profile, EmailAddress email, String passwordHash, Role role, Instant now) {
        this.name = Objects.requireNonNull(profile.name(), "Name is required.");
        this.phone = profile.phone();
        this.country = profile.country();
        this.locale = profile.locale().tag();
        this.email = Objects.requireNonNull(email, "Email is required.").value();
        this.passwordHash = Objects.requireNonNull(passwordHash, "Password hash is required.");
        this.role = Objects.requireNonNull(role, "Role is required.");
        this.status = "active";
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** New personal details, checked by {@link Profile}; the e-mail and the role are not among them. */
    void describe(Profile profile, Instant now) {
        name = profile.name();
        phone = profile.phone();
        country = profile.country();
        locale = profile.locale().tag();
        updatedAt = now;
    }

    /** The personal details as they stand, for a change that names only some of them. */
    public Profile profile() {
        return new Profile(name, phone, country, language());
    }

    public EmailPreferences emailPreferences() {
        return new EmailPreferences(expiryReminders, productUpdates, newsletter);
    }

    void prefer(EmailPreferences preferences, Instant now) {
        expiryReminders = preferences.expiryReminders();
        productUpdates = preferences.productUpdates();
        newsletter = preferences.newsletter();
        updatedAt = now;
    }

    /**
     * Empties the account of everything personal; the row stays for the orders and licences that point at it.
     * The address is freed for a new account, the password can never match, and every session and token ends.
     */
    void erase(Instant now) {
        name = "—";
        email = "erased-" + id + "@erased.invalid";
        passwordHash = "!erased";
        phone = null;
        country = null;
        prefer(new EmailPreferences(false, false, false), now);
        status = "erased";
        erasedAt = now;
        credentialsChangedAt = now;
        lastLogin = null;
    }

    public boolean isStaff() {
        return role.name() != RoleName.USER;
    }

    void recordLogin(Instant now) {
        lastLogin = now;
    }

    /** A new password; every token issued before now stops working ({@link SignOuts}). */
    void changePassword(String newHash, Instant now) {
        passwordHash = Objects.requireNonNull(newHash, "Password hash is required.");
        credentialsChangedAt = now;
        updatedAt = now;
    }

    public boolean isActive() {
        return "active".equals(status);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    public String phone() {
        return phone;
    }

    public String country() {
        return country;
    }

    public Language language() {
        return Language.fromTag(locale);
    }

    public RoleName role() {
        return role.name();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastLogin() {
        return lastLogin;
    }
}
