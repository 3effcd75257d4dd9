package com.mastertrade.shared.http;

import com.mastertrade.shared.Language;
import com.mastertrade.shared.tenant.TenantContext;
import com.mastertrade.shared.tenant.TenantRef;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;

/**
 * An error as a person reading a store in a browser sees it: the store's name, what happened in French or
 * English, the request id to quote, a way back to the store. Machines (the API, anything not asking for HTML)
 * keep the JSON error shape.
 */
final class ErrorPage {

    private static final Map<Integer, String[]> FRENCH = Map.of(
            403, new String[] {"Accès refusé", "Cette page ne vous est pas ouverte."},
            404, new String[] {"Page introuvable", "Cette page n'existe pas, ou plus."},
            429, new String[] {"Trop de tentatives", "Patientez quelques minutes avant de réessayer."},
            500, new String[] {"Une erreur est survenue", "Nous n'avons pas pu afficher cette page."});
    private static final Map<Integer, String[]> ENGLISH = Map.of(
            403, new String[] {"Access denied", "This page is not open to you."},
            404, new String[] {"Page not found", "This page does not exist, or no longer does."},
            429, new String[] {"Too many attempts", "Wait a few minutes before trying again."},
            500, new String[] {"Something went wrong", "We could not show this page."});

    private ErrorPage() {}

    /** Whether the caller is a browser asking for a page rather than a client of the API. */
    static boolean wanted(HttpServletRequest request) {
        Object original = request.getAttribute("jakarta.servlet.error.request_uri");
        String uri = original instanceof String text ? text : request.getRequestURI();
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html") && !uri.contains("/api/") && !uri.startsWith("/operator");
    }

    static String render(HttpServletRequest request, int status, String requestId) {
        boolean english = PageLanguage.of(request) == Language.EN;
        String[] texts = (english ? ENGLISH : FRENCH).getOrDefault(status >= 500 ? 500 : status, null);
        if (texts == null) {
            texts = english
                    ? new String[] {"Request not understood", "The address or the form could not be read."}
                    : new String[] {"Requête incomprise", "L'adresse ou le formulaire n'a pas pu être lu."};
        }
        String store = request.getAttribute(ErrorPages.STORE) instanceof TenantRef tenant
                ? tenant.name()
                : TenantContext.current().map(TenantRef::name).orElse("Mastertrade");
        String home = request.getAttribute(ErrorPages.STORE_HOME) instanceof String path ? path : "/";
        return """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <title>%s · %s</title>
                <link rel="stylesheet" href="/jakarta.faces.resource/store.css.xhtml"/></head>
                <body class="error-page"><main class="error">
                <p class="brand">%s</p><h1>%s</h1><p>%s</p>
                <p class="request-id">%s %s</p>
                <p><a class="button" href="%s">%s</a></p>
                </main></body></html>
                """.formatted(
                        english ? "en" : "fr",
                        escape(texts[0]),
                        escape(store),
                        escape(store),
                        escape(texts[0]),
                        escape(texts[1]),
                        english ? "Request id:" : "Identifiant de la requête :",
                        escape(requestId == null ? "-" : requestId),
                        escape(home),
                        english ? "Back to the store" : "Retour à la boutique");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
