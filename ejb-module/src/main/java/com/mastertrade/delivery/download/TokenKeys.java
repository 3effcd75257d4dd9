package com.mastertrade.delivery.download;

import com.mastertrade.delivery.download.DownloadTokenCodec.TokenKey;
import com.mastertrade.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stores' token keys, opened once per node and kept in memory: checking a link costs one HMAC and no
 * database read for the key. Keys are never changed in place, so what is remembered stays true.
 */
@ApplicationScoped
public class TokenKeys {

    private final Map<String, TokenKey> signing = new ConcurrentHashMap<>();
    private final Map<String, TokenKey> byId = new ConcurrentHashMap<>();

    @Inject
    TokenKeyRows rows;

    /** The current store's key for new tokens. */
    TokenKey signingKey() {
        String schema = TenantContext.require().schema();
        return signing.computeIfAbsent(schema, unused -> remember(schema, rows.signingKey()));
    }

    /** The current store's key of that id, null if it has none. */
    TokenKey key(int id) {
        String schema = TenantContext.require().schema();
        TokenKey known = byId.get(schema + ":" + id);
        if (known != null) {
            return known;
        }
        Optional<TokenKey> stored = rows.find(id);
        return stored.map(key -> remember(schema, key)).orElse(null);
    }

    private TokenKey remember(String schema, TokenKey key) {
        byId.put(schema + ":" + key.id(), key);
        return key;
    }
}
