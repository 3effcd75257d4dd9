package com.mastertrade.shared.tenant;

import com.mastertrade.shared.InvalidInputException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A tenant's short name: 3 to 40 lowercase letters, digits and inner hyphens, starting with a letter.
 * It names the store's subdomain and its PostgreSQL schema, so it is validated before it reaches SQL.
 */
public record TenantSlug(String value) {

    private static final Pattern FORMAT = Pattern.compile("^[a-z][a-z0-9-]{1,38}[a-z0-9]$");
    private static final Set<String> RESERVED = Set.of(
            "api",
            "www",
            "admin",
            "operator",
            "platform",
            "public",
            "static",
            "assets",
            "mail",
            "status",
            "health",
            "openapi",
            "metrics",
            "docs",
            "help",
            "support",
            "billing",
            "app",
            "pg-catalog");

    public TenantSlug {
        if (value == null || !FORMAT.matcher(value).matches() || value.contains("--")) {
            throw new InvalidInputException(
                    "slug", "slug is 3 to 40 lowercase letters, digits or single hyphens, starting with a letter");
        }
        if (RESERVED.contains(value)) {
            throw new InvalidInputException("slug", "slug '" + value + "' is reserved");
        }
    }

    /** Parses a slug from a URL or header, or returns null when it cannot be one. */
    public static TenantSlug parseOrNull(String candidate) {
        if (candidate == null
                || !FORMAT.matcher(candidate).matches()
                || candidate.contains("--")
                || RESERVED.contains(candidate)) {
            return null;
        }
        return new TenantSlug(candidate);
    }

    /** A name kept for the platform (its own hosts, such as {@code www.<base domain>}), never a store's. */
    public static boolean isReserved(String candidate) {
        return RESERVED.contains(candidate);
    }

    /** {@code tenant_<slug>} with hyphens as underscores: always a plain, unquoted PostgreSQL name. */
    public String schema() {
        return "tenant_" + value.replace('-', '_');
    }

    @Override
    public String toString() {
        return value;
    }
}
