package com.mastertrade.web.store;

import com.mastertrade.shared.http.ErrorPages;
import com.mastertrade.shared.tenant.TenantContext;
import com.mastertrade.web.identity.CustomerSessions;
import com.mastertrade.web.pages.LanguageChoice;
import com.mastertrade.web.pages.Pages;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Serves the store's pages at their addresses ({@link StoreRoutes}): the language a visitor picks
 * ({@code ?lang=en}) is remembered, a customer's page sends a visitor who is not signed in to this store to the
 * sign-in and back, and the page's view gets the address's parameters. Runs after the tenant is known, for a
 * request on the store's host as for one forwarded from a {@code /t/<slug>} prefix.
 */
public class StorePages extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final String LOGOUT = "/logout";

    @Inject
    CustomerSessions customers;

    @Inject
    ShowcasePages showcase;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (TenantContext.current().isEmpty() || request.getAttribute(Pages.ADDRESS) != null) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(LOGOUT) && "POST".equals(request.getMethod())) {
            signOut(request, response);
            return;
        }
        Optional<StoreRoutes.Destination> destination = StoreRoutes.resolve(path);
        if (destination.isEmpty()) {
            if (StoreRoutes.isRoutedView(path)) {
                ErrorPages.write(request, response, 404, "NOT_FOUND", "Nothing here");
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        if (request.getCharacterEncoding() == null) {
            // Pages' forms are UTF-8; filters read them before Faces would say so.
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        String address = address(request);
        String language = request.getParameter(LanguageChoice.PARAMETER);
        if (language != null && "GET".equals(request.getMethod())) {
            LanguageChoice.remember(language, request, response);
            response.sendRedirect(LanguageChoice.withoutChoice(address));
            return;
        }
        if (destination.get().forCustomers() && customers.current(request).isEmpty()) {
            String login = "/login?next=" + URLEncoder.encode(address, StandardCharsets.UTF_8);
            response.sendRedirect(Pages.link(request, login) + ("POST".equals(request.getMethod()) ? "&expired" : ""));
            return;
        }
        request.setAttribute(Pages.ADDRESS, address);
        request.setAttribute(Pages.PARAMETERS, destination.get().parameters());
        String query = request.getQueryString();
        RequestDispatcher page = request.getRequestDispatcher(
                query == null ? destination.get().view() : destination.get().view() + "?" + query);
        if (ShowcasePages.isCacheable(request, destination.get())
                && customers.current(request).isEmpty()) {
            showcase.serve(request, response, address, into -> page.forward(request, into));
        } else {
            page.forward(request, response);
        }
    }

    /**
     * {@code POST /logout}, from the pages' header: only from this site's own pages (the browser's
     * {@code Sec-Fetch-Site} or {@code Origin} says so), so another site cannot sign a customer out.
     */
    private void signOut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String site = request.getHeader("Sec-Fetch-Site");
        String origin = request.getHeader("Origin");
        boolean sameSite = site != null
                ? site.equals("same-origin")
                : origin == null
                        || origin.endsWith("://" + request.getServerName())
                        || origin.endsWith("://" + request.getServerName() + ":" + request.getServerPort());
        if (!sameSite) {
            ErrorPages.write(request, response, 403, "FORBIDDEN", "Sign out from the store's own pages");
            return;
        }
        customers.signOut(request);
        response.setStatus(303);
        response.setHeader("Location", Pages.link(request, "/"));
    }

    /** The address as the browser asked for it, before any forward, with its query. */
    private static String address(HttpServletRequest request) {
        boolean forwarded = request.getDispatcherType() == DispatcherType.FORWARD;
        String uri = forwarded
                ? (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI)
                : request.getRequestURI();
        String query = forwarded
                ? (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING)
                : request.getQueryString();
        return query == null ? uri : uri + "?" + query;
    }
}
