package com.mastertrade.web.pages;

import com.mastertrade.shared.Tokens;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Leaving the store after a form: to a provider's hosted checkout, or to a download that may be redirected to the
 * object store. The pages' policy says {@code form-action 'self'}, and browsers apply it to every redirect that
 * answers a form, so a form's answer cannot send the browser to another site. It sends it to {@code /continue}
 * on this site instead, which takes the address from the session (never from the address bar: nothing to
 * forge) and goes on from there.
 */
public final class Handoffs {

    /** The store's page that goes on to the address. */
    public static final String PATH = "/continue";

    private static final String ATTRIBUTE = Handoffs.class.getName();
    private static final int KEPT = 8;

    /** Why the visitor leaves: the page says so while the browser goes on. */
    public enum Kind {
        PAYMENT,
        DOWNLOAD
    }

    /** Where to go, why, and the store's page to come back to (an address as the browser asks for it). */
    public record Handoff(String url, Kind kind, String back) implements Serializable {}

    private Handoffs() {}

    /** From a form's action: the browser goes to {@code url} through {@link #PATH}. */
    public static void leaveFor(String url, Kind kind, String back) {
        HttpSession session = Pages.request().getSession();
        @SuppressWarnings("unchecked")
        Map<String, Handoff> pending = (Map<String, Handoff>) session.getAttribute(ATTRIBUTE);
        if (pending == null || pending.size() >= KEPT) {
            pending = new ConcurrentHashMap<>();
        }
        String id = Tokens.newSecret();
        pending.put(id, new Handoff(url, kind, back));
        session.setAttribute(ATTRIBUTE, pending);
        Pages.redirect(PATH + "?to=" + id);
    }

    /** The hand-off of the address's {@code to}, once: a second visit finds nothing. */
    public static Optional<Handoff> take(HttpServletRequest request, String id) {
        HttpSession session = request.getSession(false);
        if (session == null || id == null || !(session.getAttribute(ATTRIBUTE) instanceof Map<?, ?> pending)) {
            return Optional.empty();
        }
        return Optional.ofNullable((Handoff) pending.remove(id));
    }
}
