package com.mastertrade.web.tenancy;

import com.mastertrade.shared.tenant.TenantRef;
import com.mastertrade.shared.tenant.TenantSlug;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Decides which tenant a request is for, in the order of the architecture: the host (a tenant's domain
 * or {@code <slug>.<base domain>}), then a {@code /t/<slug>} path prefix, then the {@code X-Tenant} header.
 * The first source that names a tenant wins; a later source that names another one is a mismatch.
 *
 * <p>Hosts: the base domain itself, a reserved name under it ({@code www.<base>}, {@code api.<base>}...), an
 * address, and a domain that is no store's name no store: the platform's own paths answer there. Any other
 * {@code <name>.<base>} names a store, unknown when no store has that slug. The host is already a well-formed
 * host name: {@code RequestShape} refuses the others before this runs.
 */
public final class TenantResolution {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    /** What a message may repeat of a name it did not find: short, and nothing but a slug's characters. */
    private static final Pattern QUOTABLE = Pattern.compile("[a-z0-9-]{1,63}");

    private final String baseSuffix;
    private final Function<String, Optional<TenantRef>> byDomain;
    private final Function<String, Optional<TenantRef>> bySlug;

    public TenantResolution(
            String baseDomain,
            Function<String, Optional<TenantRef>> byDomain,
            Function<String, Optional<TenantRef>> bySlug) {
        this.baseSuffix = "." + baseDomain.toLowerCase(Locale.ROOT);
        this.byDomain = byDomain;
        this.bySlug = bySlug;
    }

    public Outcome resolve(String host, String path, String header) {
        String prefixSlug = null;
        String innerPath = path;
        if (path.startsWith("/t/")) {
            int end = path.indexOf('/', 3);
            prefixSlug = end < 0 ? path.substring(3) : path.substring(3, end);
            innerPath = end < 0 ? "/" : path.substring(end);
        }
        TenantRef tenant = null;
        String storeName = storeNameIn(host);
        if (storeName != null) {
            Optional<TenantRef> found = bySlug.apply(storeName);
            if (found.isEmpty()) {
                return new Outcome.Unknown(storeName);
            }
            tenant = found.get();
        } else if (isDomainName(host)) {
            tenant = byDomain.apply(normalized(host)).orElse(null);
        }
        for (String named : new String[] {prefixSlug, header}) {
            if (named == null || named.isEmpty()) {
                continue;
            }
            if (tenant == null) {
                Optional<TenantRef> found = bySlug.apply(named);
                if (found.isEmpty()) {
                    return new Outcome.Unknown(named);
                }
                tenant = found.get();
            } else if (!tenant.slug().value().equals(named)) {
                return new Outcome.Mismatch(tenant.slug().value(), named);
            }
        }
        if (tenant == null) {
            return new Outcome.None();
        }
        return new Outcome.Found(tenant, prefixSlug == null ? null : innerPath);
    }

    /** The {@code <name>} of a host {@code <name>.<base domain>}, unless it is one of the platform's names. */
    private String storeNameIn(String host) {
        String name = normalized(host);
        if (name == null || !name.endsWith(baseSuffix) || name.length() == baseSuffix.length()) {
            return null;
        }
        String store = name.substring(0, name.length() - baseSuffix.length());
        return TenantSlug.isReserved(store) ? null : store;
    }

    private static boolean isDomainName(String host) {
        String name = normalized(host);
        return name != null && name.contains(".") && !IPV4.matcher(name).matches();
    }

    /** Lower case, without the trailing dot of a fully qualified name; null for no host or an IPv6 literal. */
    private static String normalized(String host) {
        if (host == null || host.isEmpty() || host.startsWith("[")) {
            return null;
        }
        String name = host.toLowerCase(Locale.ROOT);
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    /**
     * A name the caller gave, fit to repeat in an error message: never the caller's unbounded or odd input
     * (70,000 characters, control characters, markup), which a message would echo into logs and pages.
     */
    public static Optional<String> quotable(String name) {
        return name != null && QUOTABLE.matcher(name).matches() ? Optional.of(name) : Optional.empty();
    }

    /** What a request names. */
    public sealed interface Outcome {
        /** A tenant; {@code forwardPath} is the path inside the store when it came as a /t/ prefix. */
        record Found(TenantRef tenant, String forwardPath) implements Outcome {}

        /** No tenant named at all. */
        record None() implements Outcome {}

        /** A name that is no tenant's, as the request gave it (see {@link #quotable}). */
        record Unknown(String name) implements Outcome {}

        /** Two sources name two different tenants. */
        record Mismatch(String first, String second) implements Outcome {}
    }
}
