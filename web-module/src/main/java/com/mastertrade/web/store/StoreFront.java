package com.mastertrade.web.store;

import com.mastertrade.shared.tenant.TenantContext;
import com.mastertrade.shared.tenant.TenantRef;
import com.mastertrade.tenancy.StoreBranding;
import com.mastertrade.tenancy.StoreBrandings;
import com.mastertrade.web.identity.CustomerSessions;
import com.mastertrade.web.identity.SignedInCustomer;
import com.mastertrade.web.pages.LanguageChoice;
import com.mastertrade.web.pages.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** What every page of a store shows around its content: the store's name and look, its links, who is signed in. */
@Named
@RequestScoped
public class StoreFront {

    private static final String DEFAULT_PRIMARY = "#1f4e79";
    private static final String DEFAULT_ACCENT = "#e07a1f";

    @Inject
    StoreBrandings brandings;

    @Inject
    CustomerSessions customers;

    @Inject
    HttpServletRequest request;

    private StoreBranding branding;

    public boolean isStore() {
        return TenantContext.current().isPresent();
    }

    public String getName() {
        return TenantContext.current().map(TenantRef::name).orElse("Mastertrade");
    }

    /** An address of this store as the visitor reaches it: {@code /t/<slug>/products} in development. */
    public String link(String path) {
        return Pages.link(request, path);
    }

    /** This page's address in the other language ({@code ?lang=en}). */
    public String languageLink(String language) {
        Object address = request.getAttribute(Pages.ADDRESS);
        String here = address == null ? link("/") : address.toString();
        return here + (here.contains("?") ? "&" : "?") + LanguageChoice.PARAMETER + "=" + language;
    }

    /** The hidden field of the page's CSP nonce, which {@link NonceInForms} puts in every form. */
    public String getFormNonce() {
        return NonceInForms.field(jakarta.faces.context.FacesContext.getCurrentInstance());
    }

    public String brand(String key) {
        return branding().get(key);
    }

    public String getPrimaryColor() {
        return Optional.ofNullable(brand("primary_color")).orElse(DEFAULT_PRIMARY);
    }

    public String getAccentColor() {
        return Optional.ofNullable(brand("accent_color")).orElse(DEFAULT_ACCENT);
    }

    /** The colours as CSS variables for the page's {@code style} attribute: checked #rrggbb values only. */
    public String getColors() {
        return "--brand:" + getPrimaryColor() + ";--accent:" + getAccentColor();
    }

    public Optional<SignedInCustomer> customer() {
        return isStore() ? customers.current(request) : Optional.empty();
    }

    public boolean isSignedIn() {
        return customer().isPresent();
    }

    public String getCustomerName() {
        return customer().map(SignedInCustomer::name).orElse("");
    }

    private StoreBranding branding() {
        if (branding == null) {
            branding = TenantContext.current().map(brandings::of).orElse(StoreBranding.NONE);
        }
        return branding;
    }
}
