package com.mastertrade.licensing;

import com.mastertrade.shared.tenant.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The platform-wide index from a licence key to its store, so that the licence API needs nothing but the key.
 * It stores the key's SHA-256, never the key: the key itself stays in its store's schema. Rows are written
 * in the transaction that creates the licence; the licence API reads them through {@link LicenseReadings}.
 */
@Stateless
public class LicenseKeyIndex {

    @PersistenceContext
    EntityManager em;

    /** Records the key for the current store, in the caller's transaction. */
    public void register(LicenseKey key) {
        em.createNativeQuery("INSERT INTO platform.license_key_index (key_hash, tenant_id) VALUES (?, ?)")
                .setParameter(1, key.indexHash())
                .setParameter(2, TenantContext.require().id())
                .executeUpdate();
    }
}
