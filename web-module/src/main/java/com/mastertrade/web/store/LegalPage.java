package com.mastertrade.web.store;

import com.mastertrade.shared.tenant.TenantContext;
import com.mastertrade.tenancy.StoreBrandings;
import com.mastertrade.web.pages.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;

/** {@code /legal/terms} and {@code /legal/privacy}: the texts the store wrote in its branding, as paragraphs. */
@Named
@RequestScoped
public class LegalPage {

    private static final Set<String> PAGES = Set.of("terms", "privacy");

    @Inject
    StoreBrandings brandings;

    private String page;

    public void load() {
        page = Pages.parameter(Pages.request(), "page").filter(PAGES::contains).orElse(null);
        if (page == null) {
            Pages.notFound();
        }
    }

    public String getTitleKey() {
        return "legal." + page;
    }

    public List<String> getParagraphs() {
        return Pages.paragraphs(brandings.of(TenantContext.require()).get(page));
    }
}
