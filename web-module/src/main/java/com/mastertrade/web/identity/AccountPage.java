package com.mastertrade.web.identity;

import com.mastertrade.identity.Accounts;
import com.mastertrade.identity.EmailPreferences;
import com.mastertrade.identity.User;
import com.mastertrade.identity.Users;
import com.mastertrade.shared.MastertradeException;
import com.mastertrade.web.pages.LanguageChoice;
import com.mastertrade.web.pages.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@code /account}: the customer's profile, password and e-mail preferences ({@link PersonalDataPage} has the
 * rest). Changing the password signs every other browser and program out (their sessions and tokens predate it)
 * and keeps this one signed in under a new session id.
 */
@Named
@RequestScoped
public class AccountPage {

    @Inject
    Users users;

    @Inject
    Accounts accounts;

    @Inject
    CustomerSessions customers;

    private User user;
    private String name;
    private String phone;
    private String country;
    private String language;
    private String currentPassword;
    private String newPassword;
    private String confirmation;
    private Boolean expiryReminders;
    private Boolean productUpdates;
    private Boolean newsletter;

    public User getUser() {
        if (user == null) {
            SignedInCustomer customer = customers.current(Pages.request()).orElseThrow();
            user = users.get(customer.userId(), customer.caller());
        }
        return user;
    }

    /** Saves the profile; the pages then speak the language chosen, on this device too. */
    public String saveProfile() {
        SignedInCustomer customer = customers.current(Pages.request()).orElseThrow();
        try {
            user = users.describe(
                    customer.userId(),
                    new ProfileChange(name, phone, country, language, null)
                            .applyTo(getUser().profile()),
                    customer.actor());
        } catch (MastertradeException refusal) {
            Pages.refused(refusal);
            return null;
        }
        LanguageChoice.remember(user.language().tag(), Pages.request(), Pages.response());
        Pages.redirect("/account?saved");
        return null;
    }

    /** Saves the choice of optional e-mails; a newsletter choice is kept as a consent. */
    public String savePreferences() {
        SignedInCustomer customer = customers.current(Pages.request()).orElseThrow();
        user = users.prefer(
                customer.userId(),
                new EmailPreferences(expiryReminders, productUpdates, newsletter),
                Pages.origin(),
                customer.actor());
        Pages.redirect("/account?saved");
        return null;
    }

    public boolean isExpiryReminders() {
        return expiryReminders == null ? getUser().emailPreferences().expiryReminders() : expiryReminders;
    }

    public void setExpiryReminders(boolean expiryReminders) {
        this.expiryReminders = expiryReminders;
    }

    public boolean isProductUpdates() {
        return productUpdates == null ? getUser().emailPreferences().productUpdates() : productUpdates;
    }

    public void setProductUpdates(boolean productUpdates) {
        this.productUpdates = productUpdates;
    }

    public boolean isNewsletter() {
        return newsletter == null ? getUser().emailPreferences().newsletter() : newsletter;
    }

    public void setNewsletter(boolean newsletter) {
        this.newsletter = newsletter;
    }

    public String getName() {
        return name == null ? getUser().name() : name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone == null ? getUser().phone() : phone;
    }

    public void setPhone(String phone) {
        this.phone = phone == null ? "" : phone;
    }

    public String getCountry() {
        return country == null ? getUser().country() : country;
    }

    public void setCountry(String country) {
        this.country = country == null ? "" : country;
    }

    public String getLanguage() {
        return language == null ? getUser().language().tag() : language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getMemberSince() {
        return Pages.date(getUser().createdAt());
    }

    public String changePassword() {
        if (newPassword == null || !newPassword.equals(confirmation)) {
            Pages.error("reset.mismatch");
            return null;
        }
        SignedInCustomer customer = customers.current(Pages.request()).orElseThrow();
        try {
            User changed = accounts.changePassword(customer.userId(), currentPassword, newPassword, Pages.origin());
            customers.signIn(Pages.request(), changed);
        } catch (MastertradeException refusal) {
            Pages.refused(refusal);
            return null;
        }
        Pages.info("account.password.changed");
        return null;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
