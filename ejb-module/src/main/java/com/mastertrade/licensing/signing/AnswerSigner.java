package com.mastertrade.licensing.signing;

import com.mastertrade.shared.SecretBox;
import com.mastertrade.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Signs answers with the current store's active key. The private keys are opened once and kept in memory per
 * store and key id, so that an answer costs one signature and no database work. Which key is active is
 * checked again every {@value #ACTIVE_KEY_TTL_SECONDS} seconds: a rotation made on this node is used at once,
 * one made on another node within that time (meanwhile the retired key signs, and it is still published).
 */
@ApplicationScoped
public class AnswerSigner {

    static final long ACTIVE_KEY_TTL_SECONDS = 60;

    private final ConcurrentMap<StoreAlgorithm, CachedKey> activeKeys = new ConcurrentHashMap<>();

    @Inject
    SigningKeys keys;

    @Inject
    SecretBox secrets;

    @Inject
    Clock clock;

    /** Native code where it loads here, else Java; a test picks its own. */
    SigningProvider provider = SigningProvider.preferred();

    /**
     * The {@code Mastertrade-Signature} header value for {@code body}, signed by the current store's active key
     * of {@code algorithm}: {@code keyid="…", algorithm="…", signature="<base64>"}.
     */
    public String sign(byte[] body, SignatureAlgorithm algorithm) {
        String schema = TenantContext.require().schema();
        OpenKey key = activeKey(schema, algorithm);
        return new AnswerSignature(key.kid(), algorithm, key.signer().sign(body)).headerValue();
    }

    /** Opens the store's active keys ahead of its first answer (at start-up, when a store opens). */
    public void remember(List<SigningKey> active) {
        String schema = TenantContext.require().schema();
        Instant expires = clock.instant().plus(Duration.ofSeconds(ACTIVE_KEY_TTL_SECONDS));
        for (SigningKey key : active) {
            activeKeys.put(new StoreAlgorithm(schema, key.algorithm()), new CachedKey(open(schema, key), expires));
        }
    }

    /** The provider's name that signs answers with {@code algorithm}, for operators. */
    public String signedBy(SignatureAlgorithm algorithm) {
        return provider.nameFor(algorithm);
    }

    void onRotated(@Observes(during = TransactionPhase.AFTER_SUCCESS) SigningKeyRotated rotation) {
        activeKeys.remove(new StoreAlgorithm(rotation.schema(), rotation.algorithm()));
    }

    private OpenKey activeKey(String schema, SignatureAlgorithm algorithm) {
        StoreAlgorithm id = new StoreAlgorithm(schema, algorithm);
        Instant now = clock.instant();
        CachedKey cached = activeKeys.get(id);
        if (cached != null && now.isBefore(cached.expires())) {
            return cached.key();
        }
        SigningKey active = keys.active(algorithm);
        OpenKey key = cached != null && cached.key().kid().equals(active.kid()) ? cached.key() : open(schema, active);
        activeKeys.put(id, new CachedKey(key, now.plus(Duration.ofSeconds(ACTIVE_KEY_TTL_SECONDS))));
        return key;
    }

    private OpenKey open(String schema, SigningKey key) {
        return new OpenKey(key.kid(), provider.signer(key.algorithm(), key.privateKey(schema, secrets)));
    }

    private record StoreAlgorithm(String schema, SignatureAlgorithm algorithm) {}

    /** A key id with its opened private key, ready to sign. */
    private record OpenKey(String kid, SignatureAlgorithm.Signer signer) {}

    private record CachedKey(OpenKey key, Instant expires) {}
}
