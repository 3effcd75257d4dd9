package com.mastertrade.tenancy;

import com.mastertrade.audit.AuditTrail;
import com.mastertrade.shared.Actor;
import com.mastertrade.shared.ConflictException;
import com.mastertrade.shared.NotFoundException;
import com.mastertrade.shared.Page;
import com.mastertrade.shared.PageRequest;
import com.mastertrade.shared.tenant.TenantContext;
import com.mastertrade.shared.tenant.TenantRef;
import com.mastertrade.shared.tenant.TenantSlug;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;

/** Opens, lists, suspends and resumes stores; every change is in the platform audit log. */
@Stateless
public class Tenants {

    @Inject
    TenantRegistry registry;

    @Inject
    SchemaMigrations migrations;

    @Inject
    AuditTrail audit;

    @Inject
    Event<TenantChanged> changed;

    @Inject
    Event<StoreOpening> opening;

    @Inject
    Clock clock;

    /**
     * Provisioning is a sequence of short steps, each safe to repeat: claim the slug, create and migrate the
     * schema, set the store up (its administrator, its keys: {@link StoreOpening}), open it. If it stops half-way, the same request
     * again finishes it; a request for the same slug while one is under way is a conflict (a lock per slug,
     * held by the database session). No transaction spans the steps: Flyway commits on its own, and the administrator
     * is written in the new tenant's schema.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Tenant provision(NewTenant request, Actor operator) {
        try (SchemaMigrations.ProvisioningLock lock = migrations
                .tryLockProvisioning(request.slug())
                .orElseThrow(() -> new ConflictException(
                        "TENANT_EXISTS", "Tenant " + request.slug() + " is being provisioned by another request"))) {
            Tenant claimed = registry.claim(request);
            migrations.migrateTenant(request.slug());
            NewTenant.StoreOwner owner = request.owner();
            TenantContext.run(claimed.toRef(), () -> opening.fire(new StoreOpening(claimed.toRef(), owner)));
            Tenant active = registry.activate(request.slug(), operator, Map.of("admin", owner.email()));
            changed.fire(new TenantChanged(active.toRef()));
            return active;
        }
    }

    public Page<Tenant> list(PageRequest page) {
        return registry.page(page);
    }

    public Tenant suspend(TenantSlug slug, Actor operator) {
        Tenant tenant = registry.get(slug);
        tenant.suspend(clock.instant());
        audit.recordPlatform(operator, "tenant.suspended", "tenant", slug.value(), Map.of());
        changed.fire(new TenantChanged(tenant.toRef()));
        return tenant;
    }

    public Tenant resume(TenantSlug slug, Actor operator) {
        Tenant tenant = registry.get(slug);
        tenant.resume(clock.instant());
        audit.recordPlatform(operator, "tenant.resumed", "tenant", slug.value(), Map.of());
        changed.fire(new TenantChanged(tenant.toRef()));
        return tenant;
    }

    /** A store's new look, as its administrator or an operator sets it; audited in the store. */
    public Tenant rebrand(TenantRef store, StoreBranding branding, Actor actor) {
        Tenant tenant = registry.findById(store.id())
                .orElseThrow(() -> new NotFoundException("TENANT_NOT_FOUND", "No tenant " + store.slug()));
        tenant.rebrand(branding, clock.instant());
        audit.record(
                actor,
                "store.rebranded",
                "tenant",
                store.id(),
                Map.of("keys", String.join(",", branding.values().keySet())));
        changed.fire(new TenantChanged(tenant.toRef()));
        return tenant;
    }
}
