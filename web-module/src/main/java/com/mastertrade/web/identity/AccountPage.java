package com.mastertrade.web.identity;

import com.mastertrade.identity.Accounts;
import com.mastertrade.identity.User;
import com.mastertrade.identity.Users;
import com.mastertrade.shared.MastertradeException;
import com.mastertrade.web.store.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@code /account}: the customer's profile and password. Changing the password signs every other browser and
 * program out (their sessions and tokens predate it) and keeps this one signed in under a new session id.
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
    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public User getUser() {
        if (user == null) {
            SignedInCustomer customer = customers.current(Pages.request()).orElseThrow();
            user = users.get(customer.userId(), customer.caller());
        }
        return user;
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
