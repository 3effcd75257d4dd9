package com.mastertrade.licensing.signing;

import com.mastertrade.shared.SecretBox;
import com.mastertrade.shared.tenant.TenantContext;
import com.mastertrade.shared.tenant.TenantRef;
import com.mastertrade.tenancy.PlatformStartup.PlatformReady;
import com.mastertrade.tenancy.StoreOpening;
import com.mastertrade.tenancy.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every store has its signing keys before its first answer: a new store while it opens, the existing ones at
 * start-up (stores opened before this feature, a key lost to a failed opening). Either way the active keys
 * are opened into memory at once.
 */
@ApplicationScoped
public class SigningKeysSetup {

    private static final Logger LOG = Logger.getLogger(SigningKeysSetup.class.getName());

    @Inject
    SigningKeys keys;

    @Inject
    AnswerSigner signer;

    @Inject
    TenantRegistry registry;

    /** Injected here so that a malformed MT_MASTER_KEY stops the start-up rather than every store's answers. */
    @Inject
    SecretBox secrets;

    /** Inside the new store's context; a failure stops the store from opening. */
    void onStoreOpening(@Observes StoreOpening opening) {
        signer.remember(keys.ensureKeys());
    }

    /**
     * One transaction per store. A store whose keys cannot be made or opened is logged and left to get them
     * at its first answer, so that one store does not keep the others from starting.
     */
    void onPlatformReady(@Observes PlatformReady ready) {
        int stores = 0;
        for (TenantRef tenant : registry.all()) {
            if (!tenant.isActive()) {
                continue;
            }
            try {
                TenantContext.run(tenant, () -> signer.remember(keys.ensureKeys()));
                stores++;
            } catch (RuntimeException e) {
                LOG.log(
                        Level.SEVERE,
                        "Could not make or open the signing keys of store " + tenant.slug()
                                + " (if the master key changed, set MT_MASTER_KEY_PREVIOUS to the old one)",
                        e);
            }
        }
        int count = stores;
        LOG.info(() ->
                "Signing keys ready for " + count + " store(s), sealed with master key id " + secrets.currentKeyId());
    }
}
