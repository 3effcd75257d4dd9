package com.mastertrade.tenancy;

import com.mastertrade.audit.AuditTrail;
import com.mastertrade.shared.Actor;
import com.mastertrade.shared.ConflictException;
import com.mastertrade.shared.NotFoundException;
import com.mastertrade.shared.Page;
import com.mastertrade.shared.PageRequest;
import com.mastertrade.shared.UniqueViolations;
import com.mastertrade.shared.tenant.TenantRef;
import com.mastertrade.shared.tenant.TenantSlug;
import com.mastertrade.shared.tenant.TenantStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The tenants table in the platform schema. */
@Stateless
public class TenantRegistry {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    public Optional<Tenant> find(TenantSlug slug) {
        return em.createNamedQuery("Tenant.bySlug", Tenant.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    public Optional<Tenant> findById(long id) {
        return Optional.ofNullable(em.find(Tenant.class, id));
    }

    public Tenant get(TenantSlug slug) {
        return find(slug).orElseThrow(() -> new NotFoundException("TENANT_NOT_FOUND", "No tenant " + slug));
    }

    public Optional<Tenant> findByDomain(String domain) {
        return em.createNamedQuery("Tenant.byDomain", Tenant.class)
                .setParameter("domain", domain)
                .getResultStream()
                .findFirst();
    }

    public Page<Tenant> page(PageRequest request) {
        List<Tenant> items = em.createNamedQuery("Tenant.all", Tenant.class)
                .setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
        long total = em.createNamedQuery("Tenant.count", Long.class).getSingleResult();
        return Page.of(items, request, total);
    }

    public List<TenantRef> all() {
        return em.createNamedQuery("Tenant.all", Tenant.class).getResultList().stream()
                .map(Tenant::toRef)
                .toList();
    }

    /**
     * Claims the slug and domains. A slug whose earlier provisioning did not finish is handed back, so
     * that provisioning can be retried; any other existing slug or domain is a conflict.
     */
    public Tenant claim(NewTenant request) {
        Optional<Tenant> existing = find(request.slug());
        if (existing.isPresent()) {
            if (existing.get().status() == TenantStatus.PROVISIONING) {
                return existing.get();
            }
            throw new ConflictException("TENANT_EXISTS", "A tenant with slug " + request.slug() + " already exists");
        }
        for (String domain : request.domains()) {
            if (findByDomain(domain).isPresent()) {
                throw new ConflictException("DOMAIN_TAKEN", "Domain " + domain + " belongs to another tenant");
            }
        }
        Tenant tenant =
                new Tenant(request.slug(), request.name(), request.domains(), request.brandingJson(), clock.instant());
        try {
            em.persist(tenant);
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueViolations.isCause(e)) {
                throw new ConflictException(
                        "TENANT_EXISTS", "Slug " + request.slug() + " or one of the domains is taken");
            }
            throw e;
        }
        return tenant;
    }

    /** Opens a provisioned store and records who opened it, in one transaction. */
    public Tenant activate(TenantSlug slug, Actor operator, Map<String, ?> details) {
        Tenant tenant = get(slug);
        tenant.activate(clock.instant());
        audit.recordPlatform(operator, "tenant.provisioned", "tenant", slug.value(), details);
        return tenant;
    }
}
