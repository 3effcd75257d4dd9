package com.mastertrade.shared.http;

import com.mastertrade.shared.MastertradeException;

/** JAX-RS hands a resource {@code null} for an empty body; every JSON call needs one. */
public final class Bodies {

    private Bodies() {}

    public static <T> T require(T body) {
        if (body == null) {
            throw new MastertradeException(400, "MALFORMED_JSON", "A JSON body is required");
        }
        return body;
    }
}
