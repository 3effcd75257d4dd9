package com.mastertrade.shared.tenant;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tenant the current thread works for. The web layer opens it per request, batch steps and platform
 * loops open it per tenant. A transaction must not span two tenants: the connection of a transaction keeps
 * the schema it was leased with, so work for another tenant runs in a transaction of its own.
 */
public final class TenantContext {

    private static final ThreadLocal<TenantRef> CURRENT = new ThreadLocal<>();

    private TenantContext() {}

    public static Optional<TenantRef> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The current tenant; calling this outside a tenant context is a programming error. */
    public static TenantRef require() {
        TenantRef tenant = CURRENT.get();
        if (tenant == null) {
            throw new IllegalStateException("No tenant context on this thread");
        }
        return tenant;
    }

    public static <T> T call(TenantRef tenant, Supplier<T> work) {
        try (Scope ignored = open(tenant)) {
            return work.get();
        }
    }

    public static void run(TenantRef tenant, Runnable work) {
        try (Scope ignored = open(tenant)) {
            work.run();
        }
    }

    /** Opens a tenant context until the returned scope is closed; the previous one comes back then. */
    public static Scope open(TenantRef tenant) {
        TenantRef previous = CURRENT.get();
        CURRENT.set(tenant);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** A tenant context that ends when closed. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
