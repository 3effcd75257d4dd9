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
    private static final ThreadLocal<Boolean> VIA_TRUSTED_PROXY = new ThreadLocal<>();

    private ClientAddress() {}

    public static String current() {
        return CURRENT.get();
    }

    /**
     * Whether the connection comes from a proxy of {@code MT_TRUSTED_PROXIES}: only such a proxy's other
     * headers (the file hand-off of downloads) are believed.
     */
    public static boolean viaTrustedProxy() {
        return Boolean.TRUE.equals(VIA_TRUSTED_PROXY.get());
    }

    static void set(String address, boolean viaTrustedProxy) {
        CURRENT.set(address);
        VIA_TRUSTED_PROXY.set(viaTrustedProxy);
    }

    static void clear() {
        CURRENT.remove();
        VIA_TRUSTED_PROXY.remove();
    }
}
