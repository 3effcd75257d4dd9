package com.mastertrade.tenancy;

import com.mastertrade.shared.ConflictException;
import com.mastertrade.shared.tenant.TenantRef;
import com.mastertrade.shared.tenant.TenantSlug;
import com.mastertrade.shared.tenant.TenantStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** A reseller and its branded store. Lives in the platform schema; its data lives in {@link #schema()}. */
@Entity
@Table(name = "tenants", schema = "platform")
@NamedQuery(name = "Tenant.bySlug", query = "select t from Tenant t where t.slug = :slug")
@NamedQuery(name = "Tenant.byDomain", query = "select t from Tenant t join t.domains d where d = :domain")
@NamedQuery(name = "Tenant.all", query = "select t from Tenant t order by t.createdAt, t.id")
@NamedQuery(name = "Tenant.count", query = "select count(t) from Tenant t")
public class Tenant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Convert(converter = TenantSlugConverter.class)
    @Column(nullable = false, unique = true, updatable = false)
    private TenantSlug slug;

    @Column(nullable = false)
    private String name;

    @Convert(converter = TenantStatusConverter.class)
    @Column(nullable = false)
    private TenantStatus status;

    @Column(name = "schema_name", nullable = false, updatable = false)
    private String schemaName;

    @Column(nullable = false)
    private String plan;

    @Column(nullable = false, columnDefinition = "jsonb")
    private String branding;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tenant_domains", schema = "platform", joinColumns = @JoinColumn(name = "tenant_id"))
    @Column(name = "domain")
    private Set<String> domains = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "suspended_at")
    private Instant suspendedAt;

    protected Tenant() {
        // for JPA
    }

    public Tenant(TenantSlug slug, String name, Set<String> domains, String brandingJson, Instant now) {
        this.slug = Objects.requireNonNull(slug, "Slug is required.");
        this.name = Objects.requireNonNull(name, "Name is required.");
        this.schemaName = slug.schema();
        this.status = TenantStatus.PROVISIONING;
        this.plan = "standard";
        this.branding = brandingJson == null ? "{}" : brandingJson;
        this.domains.addAll(domains);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Provisioning finished: the store opens. */
    public void activate(Instant now) {
        if (status == TenantStatus.PROVISIONING) {
            status = TenantStatus.ACTIVE;
            updatedAt = now;
        }
    }

    public void suspend(Instant now) {
        requireProvisioned();
        if (status != TenantStatus.SUSPENDED) {
            status = TenantStatus.SUSPENDED;
            suspendedAt = now;
            updatedAt = now;
        }
    }

    public void resume(Instant now) {
        requireProvisioned();
        if (status == TenantStatus.SUSPENDED) {
            status = TenantStatus.ACTIVE;
            suspendedAt = null;
            updatedAt = now;
        }
    }

    private void requireProvisioned() {
        if (status == TenantStatus.PROVISIONING) {
            throw new ConflictException("TENANT_PROVISIONING", "Tenant " + slug + " is still being provisioned");
        }
    }

    public TenantRef toRef() {
        return new TenantRef(id, slug, name, status);
    }

    public Long id() {
        return id;
    }

    public TenantSlug slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public TenantStatus status() {
        return status;
    }

    public String schema() {
        return schemaName;
    }

    public String plan() {
        return plan;
    }

    public void rebrand(StoreBranding newBranding, Instant now) {
        branding = newBranding.toJson();
        updatedAt = now;
    }

    public String brandingJson() {
        return branding;
    }

    public Set<String> domains() {
        return Collections.unmodifiableSet(domains);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
