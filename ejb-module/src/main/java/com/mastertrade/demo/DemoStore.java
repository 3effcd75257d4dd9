package com.mastertrade.demo;

import com.mastertrade.identity.Accounts;
import com.mastertrade.identity.DemoPasswords;
import com.mastertrade.identity.RoleName;
import com.mastertrade.payment.PaymentProvider;
import com.mastertrade.payment.ProviderSettings;
import com.mastertrade.payment.sandbox.SandboxGateway;
import com.mastertrade.shared.Actor;
import com.mastertrade.shared.ConflictException;
import com.mastertrade.shared.Tokens;
import com.mastertrade.shared.tenant.TenantContext;
import com.mastertrade.shared.tenant.TenantSlug;
import com.mastertrade.shared.tenant.TenantStatus;
import com.mastertrade.tenancy.NewTenant;
import com.mastertrade.tenancy.PlatformStartup.PlatformReady;
import com.mastertrade.tenancy.Tenant;
import com.mastertrade.tenancy.TenantRegistry;
import com.mastertrade.tenancy.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Seeds the demo store once; on later starts everything is found in place and left alone. */
@ApplicationScoped
public class DemoStore {

    public static final TenantSlug SLUG = new TenantSlug("demo");
    static final String ADMIN_EMAIL = "admin@demo.mastertrade.local";
    static final String ADMIN_PASSWORD = DemoPasswords.STORE_ADMIN;
    static final String CUSTOMER_EMAIL = "client@demo.mastertrade.local";
    static final String CUSTOMER_PASSWORD = DemoPasswords.STORE_CUSTOMER;

    private static final Logger LOG = Logger.getLogger(DemoStore.class.getName());

    @Inject
    @ConfigProperty(name = "mt.demo", defaultValue = "false")
    boolean enabled;

    @Inject
    TenantRegistry registry;

    @Inject
    Tenants tenants;

    @Inject
    Accounts accounts;

    @Inject
    DemoCatalog catalog;

    @Inject
    ProviderSettings paymentProviders;

    void onReady(@Observes PlatformReady ready) {
        if (!enabled) {
            return;
        }
        Optional<Tenant> demo = registry.find(SLUG).filter(t -> t.status() != TenantStatus.PROVISIONING);
        try {
            seed(demo.orElseGet(() -> tenants.provision(
                    new NewTenant(
                            SLUG,
                            "Boutique démo Mastertrade",
                            new NewTenant.StoreOwner("Awa Koné", ADMIN_EMAIL, ADMIN_PASSWORD),
                            Set.of(),
                            null),
                    Actor.SYSTEM)));
        } catch (ConflictException anotherNodeSeedsIt) {
            LOG.info("Another node is creating the demo store");
        }
    }

    /** The built-in sandbox, with a secret of its own, unless the demo's administrator has set it up already. */
    private void enableSandboxPayments() {
        if (paymentProviders.state(PaymentProvider.SANDBOX).updatedAt() == null) {
            paymentProviders.configure(
                    PaymentProvider.SANDBOX,
                    true,
                    Map.of(SandboxGateway.WEBHOOK_SECRET, Tokens.newSecret()),
                    Actor.SYSTEM);
        }
    }

    private void seed(Tenant demo) {
        TenantContext.run(demo.toRef(), () -> {
            accounts.ensureStaff("Kouassi Yao", CUSTOMER_EMAIL, CUSTOMER_PASSWORD, RoleName.USER);
            catalog.seed();
            enableSandboxPayments();
        });
        LOG.info("Demo store 'demo' is ready");
    }
}
