package com.mastertrade.web.pages;

import com.mastertrade.identity.RequestOrigin;
import com.mastertrade.shared.Language;
import com.mastertrade.shared.MastertradeException;
import com.mastertrade.shared.http.ClientAddress;
import com.mastertrade.shared.http.ErrorPages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/** What the store's page beans share: the visitor's language, messages, dates, redirects and "not found". */
public final class Pages {

    /** Request attribute: the address the visitor asked for (prefix and query included), where forms post back. */
    public static final String ADDRESS = ErrorPages.PAGE_ADDRESS;
    /** Request attribute: the address's parameters ({@code Map<String, String>}). */
    public static final String PARAMETERS = "mastertrade.page.parameters";
    /** Request attribute: the {@code /t/<slug>} prefix a request came with, set when the tenant is found. */
    public static final String PREFIX = "mastertrade.store.prefix";

    private static final String BUNDLE = "com.mastertrade.web.messages";

    private Pages() {}

    public static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }

    public static HttpServletRequest request() {
        return (HttpServletRequest) faces().getExternalContext().getRequest();
    }

    public static HttpServletResponse response() {
        return (HttpServletResponse) faces().getExternalContext().getResponse();
    }

    public static Locale locale() {
        return faces().getViewRoot().getLocale();
    }

    public static Language language() {
        return Language.fromTag(locale().getLanguage());
    }

    /** Where a request comes from, as the accounts' throttles and consents record it. */
    public static RequestOrigin origin() {
        return new RequestOrigin(ClientAddress.current(), request().getHeader("User-Agent"), language());
    }

    /** A text of the pages' bundle in the visitor's language, with its {0} filled. */
    public static String text(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale());
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new java.text.MessageFormat(pattern, locale()).format(arguments);
    }

    public static void info(String key, Object... arguments) {
        faces().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    public static void error(String key, Object... arguments) {
        faces().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
    }

    /**
     * A refusal of the platform as the visitor reads it: the bundle's {@code error.<CODE>} when there is one,
     * else the refusal's own words (the password policy's are already in the visitor's language).
     */
    public static void refused(MastertradeException refusal) {
        String key = "error." + refusal.code();
        String text = text(key);
        faces().addMessage(
                        null,
                        new FacesMessage(
                                FacesMessage.SEVERITY_ERROR, text.equals(key) ? refusal.getMessage() : text, null));
    }

    /** A text as paragraphs: a blank line starts a new one (descriptions, legal texts); none for no text. */
    public static List<String> paragraphs(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.strip().split("\\R\\s*\\R"));
    }

    /** A date in the visitor's language: "4 déc. 2026", "Dec 4, 2026". */
    public static String date(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale())
                        .withZone(ZoneOffset.UTC)
                        .format(instant);
    }

    public static String dateTime(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale())
                        .withZone(ZoneOffset.UTC)
                        .format(instant);
    }

    /** A file's size for people: "1,4 Mo", "12 Ko" / "1.4 MB", "12 KB". */
    public static String size(Long bytes) {
        if (bytes == null) {
            return null;
        }
        double megabytes = bytes / (1024.0 * 1024.0);
        return megabytes >= 1
                ? String.format(locale(), "%.1f %s", megabytes, text("unit.mb"))
                : String.format(locale(), "%.0f %s", Math.max(1, Math.ceil(bytes / 1024.0)), text("unit.kb"));
    }

    /** Sends the browser to an address of this store (303 after a post, so "back" does not post again). */
    public static void redirect(String path) {
        ExternalContext external = faces().getExternalContext();
        try {
            external.redirect(link(request(), path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The store's "page not found", for an unknown SKU or someone else's order: nothing else is said. */
    public static void notFound() {
        try {
            faces().getExternalContext().responseSendError(404, "Not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces().responseComplete();
    }

    /** The value of the address's {@code id} parameter, if it is one. */
    public static long id() {
        return parameter(request(), "id").map(Long::parseLong).orElse(0L);
    }

    /** A parameter of the page's address ({@code sku} of {@code /products/{sku}}), if the request came by one. */
    public static Optional<String> parameter(HttpServletRequest request, String name) {
        return request.getAttribute(PARAMETERS) instanceof Map<?, ?> parameters
                ? Optional.ofNullable((String) parameters.get(name))
                : Optional.empty();
    }

    /** The address of the page being served, as the visitor asked for it, with its query. */
    public static String address() {
        return (String) request().getAttribute(ADDRESS);
    }

    /** An address of the store as the visitor reaches it: {@code /t/<slug>/products} in development. */
    public static String link(HttpServletRequest request, String path) {
        return request.getContextPath() + prefix(request) + path;
    }

    /** The {@code /t/<slug>} prefix the visitor came with, or nothing on the store's own host. */
    public static String prefix(HttpServletRequest request) {
        Object prefix = request.getAttribute(PREFIX);
        return prefix == null ? "" : prefix.toString();
    }
}
