package com.mastertrade.web.pages;

import com.mastertrade.shared.Language;
import com.mastertrade.shared.http.PageLanguage;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;

/**
 * The language a visitor picks with the pages' FR | EN switch ({@code ?lang=en}), remembered a year in a
 * cookie that needs no session; {@link PageLanguage} reads it before the browser's {@code Accept-Language}.
 */
public final class LanguageChoice {

    public static final String PARAMETER = "lang";
    private static final int YEAR = (int) Duration.ofDays(365).toSeconds();

    private LanguageChoice() {}

    public static void remember(String tag, HttpServletRequest request, HttpServletResponse response) {
        Language language = tag.equals("en") ? Language.EN : Language.FR;
        Cookie cookie = new Cookie(PageLanguage.COOKIE, language.tag());
        cookie.setPath("/");
        cookie.setMaxAge(YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    /** The address without its {@code lang} parameter: where the switch sends the visitor back. */
    public static String withoutChoice(String address) {
        int query = address.indexOf('?');
        if (query < 0) {
            return address;
        }
        String kept = Arrays.stream(address.substring(query + 1).split("&"))
                .filter(pair -> !pair.equals(PARAMETER) && !pair.startsWith(PARAMETER + "="))
                .reduce((a, b) -> a + "&" + b)
                .orElse("");
        return kept.isEmpty() ? address.substring(0, query) : address.substring(0, query) + "?" + kept;
    }
}
