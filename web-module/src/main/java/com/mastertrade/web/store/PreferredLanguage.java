package com.mastertrade.web.store;

import com.mastertrade.shared.Language;
import com.mastertrade.web.pages.LanguageChoice;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

/**
 * The language the visitor picked ({@link LanguageChoice}), else French unless the browser prefers English.
 * The default would fall back to the server's own locale when a request names no language.
 */
public class PreferredLanguage extends ViewHandlerWrapper {

    public PreferredLanguage(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        Optional<Language> chosen = LanguageChoice.of(
                (HttpServletRequest) context.getExternalContext().getRequest());
        if (chosen.isPresent()) {
            return chosen.get().locale();
        }
        Iterator<Locale> preferred = context.getExternalContext().getRequestLocales();
        String header = context.getExternalContext().getRequestHeaderMap().get("Accept-Language");
        if (header != null && !header.isBlank()) {
            while (preferred.hasNext()) {
                String language = preferred.next().getLanguage();
                if (language.equals("fr") || language.equals("en")) {
                    return Language.fromTag(language).locale();
                }
            }
        }
        return Language.DEFAULT.locale();
    }
}
