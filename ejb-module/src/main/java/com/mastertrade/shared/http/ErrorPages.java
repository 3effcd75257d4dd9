package com.mastertrade.shared.http;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Errors raised outside JAX-RS (the authentication mechanism, unknown paths, filters, failures in the
 * container, pages' forms posted without their view state) answered in the API's JSON shape. Registered as the
 * error page of every WAR.
 */
public class ErrorPages extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Request attribute: the store of the request ({@code TenantRef}), still known when the error page runs. */
    public static final String STORE = "mastertrade.store";
    /** Request attribute: the store's home as the visitor reached it ({@code /t/<slug>/} or {@code /}). */
    public static final String STORE_HOME = "mastertrade.store.home";

    /** Request attribute: the address of the store page being served, where an expired form starts again. */
    public static final String PAGE_ADDRESS = "mastertrade.page.address";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute("jakarta.servlet.error.status_code");
        int status = code instanceof Integer value ? value : 500;
        if (RequestId.current() == null) {
            // The authentication mechanism answers before any filter has run.
            response.setHeader(RequestId.HEADER, RequestId.adopt(request.getHeader(RequestId.HEADER)));
        }
        try {
            boolean expired = isExpiredForm(request.getAttribute("jakarta.servlet.error.exception"));
            if (expired && request.getAttribute(PAGE_ADDRESS) instanceof String address && ErrorPage.wanted(request)) {
                // A person's page expired (or a form came from elsewhere): the page again, saying so.
                response.resetBuffer();
                response.setStatus(303);
                response.setHeader("Location", address + (address.contains("?") ? "&" : "?") + "expired");
            } else if (expired) {
                write(
                        request,
                        response,
                        403,
                        "FORM_EXPIRED",
                        "This form was not sent from its page in this browser session, "
                                + "or the page has expired: open it again");
            } else {
                write(request, response, status, codeFor(status), messageFor(status));
            }
        } finally {
            RequestId.clear();
        }
    }

    /**
     * A page's form posted back without a view state of this session, or without the page's CSP nonce
     * (PrimeFaces' {@code CspException}): expired, or forged by another site.
     */
    private static boolean isExpiredForm(Object failure) {
        for (Throwable cause = failure instanceof Throwable t ? t : null; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException
                    || cause.getClass().getName().equals("org.primefaces.csp.CspException")) {
                return true;
            }
        }
        return false;
    }

    /** The error as a page for a browser reading the store, in the JSON shape for everyone else. */
    public static void write(
            HttpServletRequest request, HttpServletResponse response, int status, String code, String message)
            throws IOException {
        if (!ErrorPage.wanted(request)) {
            write(response, status, code, message);
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(ErrorPage.render(request, status, RequestId.current()));
    }

    public static void write(HttpServletResponse response, int status, String code, String message) throws IOException {
        write(response, status, code, message, null);
    }

    /** The same, naming the field (a parameter) that was refused. */
    public static void write(HttpServletResponse response, int status, String code, String message, String field)
            throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JsonConfig.JSONB.toJson(ErrorBody.of(code, message, field)));
    }

    static String codeFor(int status) {
        return switch (status) {
            case 400 -> "BAD_REQUEST";
            case 401 -> "UNAUTHORIZED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 429 -> "TOO_MANY_REQUESTS";
            case 503 -> "UNAVAILABLE";
            default -> status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST";
        };
    }

    static String messageFor(int status) {
        return switch (status) {
            case 401 -> "Missing, invalid or expired credentials";
            case 403 -> "You may not do this";
            case 404 -> "Nothing here";
            case 405 -> "This method is not allowed here";
            case 406 -> "No acceptable representation; this API speaks JSON";
            case 413 -> "The request body is too large";
            case 415 -> "Send JSON (Content-Type: application/json)";
            case 503 -> "The service is starting or unavailable; try again shortly";
            default ->
                status >= 500
                        ? "Something went wrong on our side; quote the request id to support"
                        : "The request could not be understood";
        };
    }
}
