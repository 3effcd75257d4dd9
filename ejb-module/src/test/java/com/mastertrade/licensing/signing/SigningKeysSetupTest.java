package com.mastertrade.licensing.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.mastertrade.shared.SecretBox;
import com.mastertrade.shared.tenant.TenantContext;
import com.mastertrade.shared.tenant.TenantRef;
import com.mastertrade.shared.tenant.TenantSlug;
import com.mastertrade.shared.tenant.TenantStatus;
import com.mastertrade.tenancy.PlatformStartup.PlatformReady;
import com.mastertrade.tenancy.TenantRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SigningKeysSetupTest {

    private final List<String> ensuredIn = new ArrayList<>();
    private final List<String> rememberedIn = new ArrayList<>();

    private static TenantRef store(long id, String slug, TenantStatus status) {
        return new TenantRef(id, new TenantSlug(slug), slug, status);
    }

    @Test
    void atStartUpEveryOpenStoreGetsItsKeysInItsOwnContextAndOneFailureStopsNoOther() {
        SigningKeysSetup setup = wire(List.of(
                store(1, "acme", TenantStatus.ACTIVE),
                store(2, "broken", TenantStatus.ACTIVE),
                store(3, "closed", TenantStatus.SUSPENDED),
                store(4, "half-open", TenantStatus.PROVISIONING),
                store(5, "globex", TenantStatus.ACTIVE)));

        setup.onPlatformReady(new PlatformReady());

        assertThat(ensuredIn).containsExactly("tenant_acme", "tenant_broken", "tenant_globex");
        assertThat(rememberedIn).containsExactly("tenant_acme", "tenant_globex");
        assertThat(TenantContext.current()).isEmpty();
    }

    private SigningKeysSetup wire(List<TenantRef> stores) {
        SigningKeysSetup setup = new SigningKeysSetup();
        setup.registry = new TenantRegistry() {
            @Override
            public List<TenantRef> all() {
                return stores;
            }
        };
        setup.keys = new SigningKeys() {
            @Override
            public List<SigningKey> ensureKeys() {
                String schema = TenantContext.require().schema();
                ensuredIn.add(schema);
                if (schema.equals("tenant_broken")) {
                    throw new IllegalStateException("sealed with an unknown master key");
                }
                return List.of();
            }
        };
        setup.signer = new AnswerSigner() {
            @Override
            public void remember(List<SigningKey> active) {
                rememberedIn.add(TenantContext.require().schema());
            }
        };
        setup.secrets = new SecretBox(SigningKeyTest.masterKey(), null);
        return setup;
    }
}
