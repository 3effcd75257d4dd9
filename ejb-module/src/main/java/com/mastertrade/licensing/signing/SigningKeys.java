package com.mastertrade.licensing.signing;

import com.mastertrade.audit.AuditTrail;
import com.mastertrade.shared.Actor;
import com.mastertrade.shared.SecretBox;
import com.mastertrade.shared.tenant.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The signing keys of the current store: one active key pair per algorithm, created when missing, replaced by
 * a rotation. Changes take a lock per store (a PostgreSQL advisory lock held until commit), so that two nodes
 * or two administrators never create two active keys of one algorithm.
 */
@Stateless
public class SigningKeys {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecretBox secrets;

    @Inject
    AuditTrail audit;

    @Inject
    Event<SigningKeyRotated> rotated;

    @Inject
    Clock clock;

    /**
     * Gives the store an active key of every algorithm, and seals again under the current master key the
     * private keys that the previous master key sealed. Safe to repeat and to run on two nodes at once.
     *
     * @return the active keys, one per algorithm
     */
    public List<SigningKey> ensureKeys() {
        String schema = lockKeysOfCurrentStore();
        List<SigningKey> keys =
                em.createNamedQuery("SigningKey.all", SigningKey.class).getResultList();
        keys.forEach(key -> key.resealWithCurrentMasterKey(schema, secrets));
        List<SigningKey> active = new ArrayList<>();
        for (SignatureAlgorithm algorithm : SignatureAlgorithm.values()) {
            active.add(keys.stream()
                    .filter(k -> k.isActive() && k.algorithm() == algorithm)
                    .findFirst()
                    .orElseGet(() -> create(algorithm, schema)));
        }
        return active;
    }

    /** Replaces the active key of {@code algorithm} with a new one; the old one is retired, still listed. */
    public SigningKey rotate(SignatureAlgorithm algorithm, Actor actor) {
        String schema = lockKeysOfCurrentStore();
        Optional<SigningKey> previous = findActive(algorithm);
        previous.ifPresent(key -> key.retire(clock.instant()));
        // The index that allows one active key per algorithm must see the old one retired first.
        em.flush();
        SigningKey fresh = create(algorithm, schema);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("algorithm", algorithm.apiName());
        details.put("retired_kid", previous.map(SigningKey::kid).orElse(null));
        audit.record(actor, "signing_key.rotated", "signing_key", fresh.kid(), details);
        rotated.fire(new SigningKeyRotated(
                schema, algorithm, previous.map(SigningKey::kid).orElse(null), fresh.kid()));
        return fresh;
    }

    /** Every key of the store, active ones first, then the newest first. */
    public List<SigningKey> publicKeys() {
        List<SigningKey> keys = new ArrayList<>(
                em.createNamedQuery("SigningKey.all", SigningKey.class).getResultList());
        keys.sort(Comparator.comparing((SigningKey k) -> !k.isActive()));
        return keys;
    }

    /** The key that signs with {@code algorithm} now; a store without keys gets them first. */
    public SigningKey active(SignatureAlgorithm algorithm) {
        return findActive(algorithm)
                .orElseGet(() -> ensureKeys().stream()
                        .filter(k -> k.algorithm() == algorithm)
                        .findFirst()
                        .orElseThrow());
    }

    private Optional<SigningKey> findActive(SignatureAlgorithm algorithm) {
        return em.createNamedQuery("SigningKey.active", SigningKey.class)
                .setParameter("algorithm", algorithm)
                .getResultStream()
                .findFirst();
    }

    private SigningKey create(SignatureAlgorithm algorithm, String schema) {
        Instant now = clock.instant();
        String kid = SigningKey.newKid(algorithm, now);
        while (em.find(SigningKey.class, kid) != null) {
            kid = SigningKey.newKid(algorithm, now);
        }
        SigningKey key = SigningKey.generate(kid, algorithm, schema, secrets, now);
        em.persist(key);
        em.flush();
        return key;
    }

    /** Waits for, then holds until commit, the lock on this store's keys; answers the store's schema. */
    private String lockKeysOfCurrentStore() {
        String schema = TenantContext.require().schema();
        em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtext(?))")
                .setParameter(1, "mastertrade-signing-keys:" + schema)
                .getSingleResult();
        return schema;
    }
}
