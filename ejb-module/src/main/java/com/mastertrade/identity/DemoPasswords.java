package com.mastertrade.identity;

import java.util.Set;

/**
 * The demo's passwords. README and {@code ./mastertrade start} print them, so anyone knows them: only a demo
 * ({@code MT_DEMO=true}) may use them, and the first operator of any other platform never gets one.
 */
public final class DemoPasswords {

    public static final String OPERATOR = "operator-demo-2026";
    public static final String STORE_ADMIN = "demo-admin-2026";
    public static final String STORE_CUSTOMER = "demo-client-2026";

    private static final Set<String> PUBLISHED = Set.of(OPERATOR, STORE_ADMIN, STORE_CUSTOMER);

    private DemoPasswords() {}

    /** Leading and trailing blanks do not make a published password one's own. */
    static boolean isPublished(String password) {
        return PUBLISHED.contains(password.strip());
    }
}
