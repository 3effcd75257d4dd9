package com.mastertrade.tenancy;

import com.mastertrade.shared.tenant.TenantRef;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * Brings the database up to date before the application serves: the platform schema, then every tenant
 * schema (Flyway, outside any transaction). Then announces {@link PlatformReady} so that the first operator
 * and the demo store can be created. Safe on several nodes at once: migrations wait on per-schema locks.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class PlatformStartup {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    @Inject
    SchemaMigrations migrations;

    @Inject
    TenantRegistry registry;

    @Inject
    Event<PlatformReady> ready;

    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
        long started = System.nanoTime();
        migrations.migratePlatform();
        List<TenantRef> tenants = registry.all();
        tenants.forEach(tenant -> migrations.migrateTenant(tenant.slug()));
        LOG.info(() -> "Platform and " + tenants.size() + " tenant schema(s) up to date in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        ready.fire(new PlatformReady());
        migrated = true;
    }

    /** True once every schema is migrated and start-up work is done: the readiness check waits for it. */
    @Lock(LockType.READ)
    public boolean isReady() {
        return migrated;
    }

    /** Fired once at start-up, after every schema is migrated. */
    public record PlatformReady() {}
}
