package com.mastertrade.web.store;

import com.mastertrade.shared.http.PageLanguage;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The pages' language as {@link PageLanguage} decides it (the visitor's pick, else French unless the browser
 * prefers English), where Faces would fall back to the server's own locale.
 */
public class PreferredLanguage extends ViewHandlerWrapper {

    public PreferredLanguage(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return PageLanguage.of((HttpServletRequest) context.getExternalContext().getRequest())
                .locale();
    }
}
