package com.mastertrade.web.identity;

import com.mastertrade.identity.Accounts;
import com.mastertrade.identity.Registration;
import com.mastertrade.identity.User;
import com.mastertrade.shared.MastertradeException;
import com.mastertrade.web.pages.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /register}: a customer's account, as {@code POST /api/auth/register} opens it, then signed in. */
@Named
@RequestScoped
public class RegisterPage {

    @Inject
    Accounts accounts;

    @Inject
    CustomerSessions customers;

    private String name;
    private String email;
    private String password;
    private String phone;
    private String country;
    private boolean acceptTerms;

    public String register() {
        try {
            User user = accounts.register(
                    new Registration(name, email, password, phone, country, acceptTerms), Pages.origin());
            customers.signIn(Pages.request(), user);
        } catch (MastertradeException refusal) {
            Pages.refused(refusal);
            password = null;
            return null;
        }
        Pages.redirect(NextPage.within(Pages.request().getParameter("next"), Pages.request()));
        return null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public boolean isAcceptTerms() {
        return acceptTerms;
    }

    public void setAcceptTerms(boolean acceptTerms) {
        this.acceptTerms = acceptTerms;
    }
}
