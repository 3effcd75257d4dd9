package com.mastertrade.idempotency;

import com.mastertrade.shared.tenant.TenantRef;
import java.util.Objects;

/**
 * Whose keys a key is looked up among: a signed-in user's in their store (the store's table), or an operator's
 * (the platform's). Two callers may use the same key for different actions without meeting.
 */
public record KeyScope(String table, long callerId) {

    static final String TABLE = "idempotency_keys";

    public KeyScope {
        Objects.requireNonNull(table, "The table is required.");
    }

    public static KeyScope ofStoreUser(TenantRef store, long userId) {
        return new KeyScope(storeTable(store), userId);
    }

    public static KeyScope ofOperator(long operatorId) {
        return new KeyScope(platformTable(), operatorId);
    }

    static String storeTable(TenantRef store) {
        return store.schema() + "." + TABLE;
    }

    static String platformTable() {
        return "platform." + TABLE;
    }
}
