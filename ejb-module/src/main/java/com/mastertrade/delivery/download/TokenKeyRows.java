package com.mastertrade.delivery.download;

import com.mastertrade.delivery.download.DownloadTokenCodec.TokenKey;
import com.mastertrade.shared.SecretBox;
import com.mastertrade.shared.tenant.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

/**
 * The current store's token keys as stored: sealed with the master key (ADR 0007), opened here. The first key
 * is made in a transaction of its own, committed before any token is signed with it: a token must never name
 * a key that a rolled-back transaction took away, and two nodes making it at once keep the first one written.
 */
@Stateless
public class TokenKeyRows {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final int FIRST_KEY = 1;

    @PersistenceContext
    EntityManager em;

    @Inject
    SecretBox secrets;

    /** The key that signs new tokens: the store's newest, made first if it has none. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public TokenKey signingKey() {
        Optional<TokenKey> newest = newest();
        if (newest.isPresent()) {
            return newest.get();
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        em.createNativeQuery("INSERT INTO download_token_keys (id, sealed_secret) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .setParameter(1, FIRST_KEY)
                .setParameter(2, secrets.seal(secret, associatedData(FIRST_KEY)))
                .executeUpdate();
        return newest().orElseThrow();
    }

    /** A key of the store by its id, as a token names it. */
    public Optional<TokenKey> find(int id) {
        List<?> rows = em.createNativeQuery("SELECT sealed_secret FROM download_token_keys WHERE id = ?")
                .setParameter(1, id)
                .getResultList();
        return rows.stream().findFirst().map(value -> open(id, (byte[]) value));
    }

    private Optional<TokenKey> newest() {
        List<?> rows = em.createNativeQuery(
                        "SELECT id, sealed_secret FROM download_token_keys ORDER BY id DESC LIMIT 1")
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            int id = ((Number) columns[0]).intValue();
            return open(id, (byte[]) columns[1]);
        });
    }

    private TokenKey open(int id, byte[] sealed) {
        return new TokenKey(id, secrets.open(sealed, associatedData(id)));
    }

    private static String associatedData(int id) {
        return "download-token-key:" + TenantContext.require().schema() + ":" + id;
    }
}
