package com.mastertrade.web.store;

import com.mastertrade.web.pages.Handoffs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The store's page addresses, as the customer's specification names them ({@code /products/{sku}}), and the
 * view behind each. Every address reaches its page here, on the store's host as behind a {@code /t/<slug>}
 * prefix; a view with an address is not served under its file name. Parameters are one path segment:
 * {@code {id}} a positive number, {@code {sku}} and {@code {page}} a SKU's characters.
 */
public final class StoreRoutes {

    /**
     * Who may open a page: anyone (the showcase: the same page for every visitor not signed in, which
     * {@link ShowcasePages} may keep), anyone (a form or a page of its own for each), or a customer signed in to
     * this store (the others go to the sign-in).
     */
    public enum Access {
        SHOWCASE,
        ANYONE,
        CUSTOMER
    }

    /** A page: its address pattern, its view and who may open it. */
    public record Route(String pattern, String view, Access access) {}

    /** An address matched: the route and the values of its parameters. */
    public record Destination(Route route, Map<String, String> parameters) {

        public String view() {
            return route.view();
        }

        public boolean forCustomers() {
            return route.access() == Access.CUSTOMER;
        }

        public boolean isShowcase() {
            return route.access() == Access.SHOWCASE;
        }
    }

    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,17}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    static final List<Route> ROUTES = List.of(
            new Route("/", "/index.xhtml", Access.SHOWCASE),
            new Route("/products", "/catalog/products.xhtml", Access.SHOWCASE),
            new Route("/products/{sku}", "/catalog/product.xhtml", Access.SHOWCASE),
            new Route("/products/{sku}/checkout", "/payment/checkout.xhtml", Access.CUSTOMER),
            new Route("/pricing", "/catalog/pricing.xhtml", Access.SHOWCASE),
            new Route("/contact", "/store/contact.xhtml", Access.SHOWCASE),
            new Route("/legal/{page}", "/store/legal.xhtml", Access.SHOWCASE),
            new Route("/login", "/identity/login.xhtml", Access.ANYONE),
            new Route("/register", "/identity/register.xhtml", Access.ANYONE),
            new Route("/forgot", "/identity/forgot.xhtml", Access.ANYONE),
            new Route("/reset-password", "/reset-password.xhtml", Access.ANYONE),
            new Route("/account", "/identity/account.xhtml", Access.CUSTOMER),
            new Route("/dashboard", "/store/dashboard.xhtml", Access.CUSTOMER),
            new Route("/orders", "/payment/orders.xhtml", Access.CUSTOMER),
            new Route("/orders/{id}", "/payment/order.xhtml", Access.CUSTOMER),
            new Route("/licenses", "/licensing/licenses.xhtml", Access.CUSTOMER),
            new Route("/licenses/{id}", "/licensing/license.xhtml", Access.CUSTOMER),
            new Route("/licenses/{id}/renew", "/payment/checkout.xhtml", Access.CUSTOMER),
            new Route("/downloads", "/delivery/downloads.xhtml", Access.CUSTOMER),
            new Route(Handoffs.PATH, "/store/continue.xhtml", Access.CUSTOMER));

    private StoreRoutes() {}

    /** The page at this address inside the store (no prefix, no query), if there is one. */
    public static Optional<Destination> resolve(String path) {
        String[] segments = segments(path);
        for (Route route : ROUTES) {
            Map<String, String> parameters = match(segments(route.pattern()), segments);
            if (parameters != null) {
                return Optional.of(new Destination(route, Map.copyOf(parameters)));
            }
        }
        return Optional.empty();
    }

    /** Whether a view is one that has an address, so its file name is not one. */
    public static boolean isRoutedView(String path) {
        return ROUTES.stream()
                .anyMatch(route -> route.view().equals(path) && !route.pattern().equals("/"));
    }

    private static String[] segments(String path) {
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return "/".equals(trimmed) ? new String[0] : trimmed.substring(1).split("/", -1);
    }

    private static Map<String, String> match(String[] pattern, String[] path) {
        if (pattern.length != path.length) {
            return null;
        }
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < pattern.length; i++) {
            String expected = pattern[i];
            if (expected.startsWith("{")) {
                String name = expected.substring(1, expected.length() - 1);
                Pattern shape = name.equals("id") ? NUMBER : NAME;
                if (!shape.matcher(path[i]).matches()) {
                    return null;
                }
                parameters.put(name, path[i]);
            } else if (!expected.equals(path[i])) {
                return null;
            }
        }
        return parameters;
    }
}
