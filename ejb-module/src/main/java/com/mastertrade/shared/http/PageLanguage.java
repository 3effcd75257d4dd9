package com.mastertrade.shared.http;

import com.mastertrade.shared.Language;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;

/**
 * The language a person reading the store's pages gets, error pages included: the one picked with the pages'
 * FR | EN switch (the {@value #COOKIE} cookie), else the first of French or English the browser prefers, else
 * French. Without an {@code Accept-Language} header the container would answer with the server's own locale.
 */
public final class PageLanguage {

    /** The cookie that remembers the visitor's choice ({@code fr} or {@code en}). */
    public static final String COOKIE = "mt_lang";

    private PageLanguage() {}

    public static Language of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())
                        && (cookie.getValue().equals("fr") || cookie.getValue().equals("en"))) {
                    return Language.fromTag(cookie.getValue());
                }
            }
        }
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Language.DEFAULT;
        }
        return Collections.list(request.getLocales()).stream()
                .map(Locale::getLanguage)
                .filter(language -> language.equals("fr") || language.equals("en"))
                .findFirst()
                .map(Language::fromTag)
                .orElse(Language.DEFAULT);
    }
}
