package com.mastertrade.web.identity;

import com.mastertrade.identity.Accounts;
import com.mastertrade.web.pages.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /forgot}: asks for a reset link; says the same thing whether the address has an account or not. */
@Named
@RequestScoped
public class ForgotPage {

    @Inject
    Accounts accounts;

    private String email;
    private boolean sent;

    public String send() {
        accounts.requestPasswordReset(email, Pages.origin());
        sent = true;
        return null;
    }

    public boolean isSent() {
        return sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
