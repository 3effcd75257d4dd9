package com.mastertrade.web.identity;

import com.mastertrade.identity.Accounts;
import com.mastertrade.identity.SignIn;
import com.mastertrade.shared.MastertradeException;
import com.mastertrade.web.pages.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@code /login}: the same accounts and the same throttle as {@code POST /api/auth/login}; the browser then
 * goes where it was going ({@code ?next=}, only an address of this store) or to the dashboard.
 */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    Accounts accounts;

    @Inject
    CustomerSessions customers;

    private String email;
    private String password;

    public String signIn() {
        try {
            SignIn signIn = accounts.login(email, password, Pages.origin());
            customers.signIn(Pages.request(), signIn.user());
        } catch (MastertradeException refusal) {
            Pages.refused(refusal);
            password = null;
            return null;
        }
        Pages.redirect(NextPage.within(Pages.request().getParameter("next"), Pages.request()));
        return null;
    }

    /** Whether the visitor came from a page they must be signed in for, or whose form had expired. */
    public boolean isSentHere() {
        return Pages.request().getParameter("next") != null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
