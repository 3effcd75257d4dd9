package com.mastertrade.web.identity;

import com.mastertrade.identity.Consent;
import com.mastertrade.identity.Users;
import com.mastertrade.privacy.AccountErasure;
import com.mastertrade.privacy.PersonalDataExport;
import com.mastertrade.shared.MastertradeException;
import com.mastertrade.shared.http.RequestId;
import com.mastertrade.web.pages.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The account page's "your data" part: the consents given, a copy of everything kept (a JSON file), and the
 * erasure of the account, confirmed with the password and a tick, after which the visitor is signed out.
 */
@Named
@RequestScoped
public class PersonalDataPage {

    @Inject
    Users users;

    @Inject
    PersonalDataExport personalData;

    @Inject
    AccountErasure erasure;

    @Inject
    CustomerSessions customers;

    private List<ConsentLine> consents;
    private String password;
    private boolean understood;

    /** A consent as the page lists it. */
    public record ConsentLine(String kind, String version, boolean granted, String at) {}

    public List<ConsentLine> getConsents() {
        if (consents == null) {
            consents = users.consentsOf(customer().userId()).stream()
                    .map(PersonalDataPage::line)
                    .toList();
        }
        return consents;
    }

    private static ConsentLine line(Consent consent) {
        return new ConsentLine(
                Pages.text("consent." + consent.kind()),
                consent.version(),
                consent.granted(),
                Pages.dateTime(consent.createdAt()));
    }

    /** Sends the JSON file as a download instead of a page. */
    public String export() {
        SignedInCustomer customer = customer();
        byte[] json =
                personalData.of(customer.userId(), customer.actor()).toString().getBytes(StandardCharsets.UTF_8);
        HttpServletResponse response = Pages.response();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(json.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + PersonalDataExport.fileName() + "\"");
        try {
            response.getOutputStream().write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Pages.faces().responseComplete();
        return null;
    }

    public String erase() {
        if (!understood) {
            Pages.error("data.erase.tick");
            return null;
        }
        try {
            erasure.eraseWithPassword(customer().userId(), password, Pages.origin(), RequestId.current());
        } catch (MastertradeException refusal) {
            Pages.refused(refusal);
            return null;
        }
        customers.signOut(Pages.request());
        Pages.redirect("/login?erased");
        return null;
    }

    private SignedInCustomer customer() {
        return customers.current(Pages.request()).orElseThrow();
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isUnderstood() {
        return understood;
    }

    public void setUnderstood(boolean understood) {
        this.understood = understood;
    }
}
