package com.mastertrade.web.identity;

import com.mastertrade.web.pages.Pages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;

/**
 * Where the sign-in sends the browser next: an address of this store only (the {@code next} parameter comes
 * from the address bar, and anything else would make the sign-in an open redirect), without its prefix.
 */
final class NextPage {

    static final String DEFAULT = "/dashboard";
    private static final Pattern SAFE = Pattern.compile("/[A-Za-z0-9/_.?=&%-]*");

    private NextPage() {}

    static String within(String next, HttpServletRequest request) {
        return within(next, Pages.link(request, ""));
    }

    /** The same, for a store reached under {@code prefix} ({@code /t/demo}, or nothing on its own host). */
    static String within(String next, String prefix) {
        if (next == null || !SAFE.matcher(next).matches() || next.startsWith("//") || next.contains("/..")) {
            return DEFAULT;
        }
        String inside = next.startsWith(prefix + "/") ? next.substring(prefix.length()) : next;
        if (inside.startsWith("/login") || inside.startsWith("/register") || inside.startsWith("/t/")) {
            return DEFAULT;
        }
        return inside;
    }
}
