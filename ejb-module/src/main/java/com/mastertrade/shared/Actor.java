package com.mastertrade.shared;

/**
 * Who does something, for the audit log: a user of the store, an operator, or the system itself,
 * with the address and request id the web layer saw.
 */
public record Actor(Long userId, String label, String ip, String requestId) {

    public static final Actor SYSTEM = new Actor(null, "system", null, null);
}
