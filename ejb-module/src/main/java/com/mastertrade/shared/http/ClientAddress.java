package com.mastertrade.shared.http;

/**
 * The address of the client of the request being served on this thread, found once by
 * {@link ClientAddressFilter} (behind trusted proxies, from {@code X-Forwarded-For}): the one address that audit
 * entries, consents, licence activations and throttles record. Null outside a request.
 */
public final class ClientAddress {

    /** The header trusted proxies append the address of their own client to. */
    public static final String FORWARDED_FOR = "X-Forwarded-For";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private ClientAddress() {}

    public static String current() {
        return CURRENT.get();
    }

    static void set(String address) {
        CURRENT.set(address);
    }

    static void clear() {
        CURRENT.remove();
    }
}
