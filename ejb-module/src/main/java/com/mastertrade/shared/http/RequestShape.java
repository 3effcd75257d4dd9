package com.mastertrade.shared.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Judges the form of a request before anything reads it: what the container's HTTP layer used to refuse with an
 * empty answer (TRACE, a body on GET, HEAD or DELETE, oversized headers), and a {@code Host} that is no host
 * name. The public listeners let these requests through to the application (config/domain.asadmin, "HTTP edge")
 * so that they are refused here with the JSON error shape; the listeners' own, higher bounds stay as the last
 * line (docs/runbook.md, "The HTTP edge").
 */
public final class RequestShape {

    /** Longest request target (path and query) served. */
    static final int MAX_TARGET_CHARS = 8 * 1024;
    /** Longest header field, name and value. */
    static final int MAX_FIELD_CHARS = 8 * 1024;
    /** All header fields together. */
    static final int MAX_HEADER_CHARS = 32 * 1024;

    static final int MAX_FIELDS = 100;
    /** Every method the platform serves somewhere; each resource answers its own 405 with its own list. */
    public static final String SERVED_METHODS = "GET, HEAD, POST, PUT, DELETE, OPTIONS";

    private static final int MAX_HOST_CHARS = 253;
    private static final Pattern LABEL = Pattern.compile("[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?");
    private static final Pattern IPV6_LITERAL = Pattern.compile("\\[[0-9a-f:.]{2,45}]");

    private RequestShape() {}

    /** Why a request is refused: the status and code of its JSON error. */
    public record Refusal(int status, String code, String message) {}

    /**
     * The refusal of a request, or null when its form is acceptable.
     *
     * @param target the request target as received (path and query)
     * @param fields every header field as received, names in any case, in order
     */
    public static Refusal check(String method, String target, List<Map.Entry<String, String>> fields) {
        if ("TRACE".equals(method) || "CONNECT".equals(method)) {
            return new Refusal(405, "METHOD_NOT_ALLOWED", "This method is not served here");
        }
        if (target.length() > MAX_TARGET_CHARS) {
            return new Refusal(
                    414, "URI_TOO_LONG", "The request's path and query are over " + MAX_TARGET_CHARS + " characters");
        }
        Refusal headers = checkSizes(fields);
        if (headers != null) {
            return headers;
        }
        String host = null;
        boolean body = false;
        for (Map.Entry<String, String> field : fields) {
            String name = field.getKey().toLowerCase(Locale.ROOT);
            if (name.equals("host")) {
                if (host != null || !isHost(field.getValue())) {
                    return new Refusal(400, "BAD_HOST", "The Host header is not one host name and port");
                }
                host = field.getValue();
            } else if (name.equals("transfer-encoding")
                    || (name.equals("content-length")
                            && !field.getValue().trim().equals("0"))) {
                body = true;
            }
        }
        if (body && ("GET".equals(method) || "HEAD".equals(method) || "DELETE".equals(method))) {
            return new Refusal(400, "BODY_NOT_ALLOWED", "A " + method + " request carries no body");
        }
        return null;
    }

    private static Refusal checkSizes(List<Map.Entry<String, String>> fields) {
        if (fields.size() > MAX_FIELDS) {
            return tooLarge("The request has over " + MAX_FIELDS + " header fields");
        }
        int total = 0;
        for (Map.Entry<String, String> field : fields) {
            int size = field.getKey().length() + 2 + field.getValue().length();
            if (size > MAX_FIELD_CHARS) {
                return tooLarge("A header field is over " + MAX_FIELD_CHARS + " characters");
            }
            total += size;
        }
        return total > MAX_HEADER_CHARS ? tooLarge("The headers are over " + MAX_HEADER_CHARS + " characters") : null;
    }

    private static Refusal tooLarge(String message) {
        return new Refusal(431, "HEADER_TOO_LARGE", message);
    }

    /**
     * A {@code Host} value as RFC 9110 allows it and DNS can name it: dot-separated labels of letters, digits,
     * hyphens (and underscores, which some internal names carry), or a bracketed IPv6 address; then an optional
     * decimal port.
     */
    static boolean isHost(String value) {
        String host = value.toLowerCase(Locale.ROOT);
        int colon = host.startsWith("[") ? host.indexOf("]:") + 1 : host.lastIndexOf(':');
        if (colon > 0) {
            if (!isPort(host.substring(colon + 1))) {
                return false;
            }
            host = host.substring(0, colon);
        }
        if (host.startsWith("[")) {
            return IPV6_LITERAL.matcher(host).matches();
        }
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (name.isEmpty() || name.length() > MAX_HOST_CHARS) {
            return false;
        }
        for (String label : name.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPort(String port) {
        if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return Integer.parseInt(port) <= 65_535;
    }
}
