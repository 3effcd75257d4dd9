package com.mastertrade.web.pages;

import com.mastertrade.shared.Language;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The language a visitor picked with the pages' FR | EN switch ({@code ?lang=en}), remembered a year in a
 * cookie that needs no session: it wins over the browser's {@code Accept-Language}.
 */
public final class LanguageChoice {

    public static final String PARAMETER = "lang";
    static final String COOKIE = "mt_lang";
    private static final int YEAR = (int) Duration.ofDays(365).toSeconds();

    private LanguageChoice() {}

    public static void remember(String tag, HttpServletRequest request, HttpServletResponse response) {
        Language language = tag.equals("en") ? Language.EN : Language.FR;
        Cookie cookie = new Cookie(COOKIE, language.tag());
        cookie.setPath("/");
        cookie.setMaxAge(YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    /** The language of the visitor's cookie, if it holds one this store speaks. */
    public static Optional<Language> of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue)
                .filter(value -> value.equals("fr") || value.equals("en"))
                .map(Language::fromTag)
                .findFirst();
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
