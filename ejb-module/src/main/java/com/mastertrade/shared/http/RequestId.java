package com.mastertrade.shared.http;

import java.util.UUID;
import java.util.regex.Pattern;

/** The id of the request being served on this thread, echoed as {@code X-Request-Id} and logged with errors. */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTABLE = Pattern.compile("^[A-Za-z0-9._-]{8,64}$");
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestId() {}

    public static String current() {
        return CURRENT.get();
    }

    /** Keeps a well-formed id from a proxy, or makes a new one. */
    static String adopt(String incoming) {
        String id = incoming != null && ACCEPTABLE.matcher(incoming).matches()
                ? incoming
                : UUID.randomUUID().toString();
        CURRENT.set(id);
        return id;
    }

    static void clear() {
        CURRENT.remove();
    }
}
