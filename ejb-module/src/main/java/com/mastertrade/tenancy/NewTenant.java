package com.mastertrade.tenancy;

import com.mastertrade.shared.InvalidInputException;
import com.mastertrade.shared.tenant.TenantSlug;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** What an operator asks for when opening a store: the tenant and its first administrator. */
public record NewTenant(TenantSlug slug, String name, StoreOwner owner, Set<String> domains, String brandingJson) {

    private static final Pattern HOSTNAME = Pattern.compile(
            "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$");

    public NewTenant {
        Objects.requireNonNull(slug, "Slug is required.");
        Objects.requireNonNull(owner, "Store owner is required.");
        if (name == null || name.isBlank() || name.length() > 120) {
            throw new InvalidInputException("name", "name is 1 to 120 characters");
        }
        Set<String> normalized = new LinkedHashSet<>();
        for (String domain : domains == null ? Set.<String>of() : domains) {
            String host = domain == null ? "" : domain.trim().toLowerCase(Locale.ROOT);
            if (!HOSTNAME.matcher(host).matches()) {
                throw new InvalidInputException("domains", "'" + domain + "' is not a host name");
            }
            normalized.add(host);
        }
        domains = Set.copyOf(normalized);
    }

    /** The reseller's first administrator account, created inside the new tenant. */
    public record StoreOwner(String name, String email, String password) {
        /** Without the password, which must not reach a log. */
        @Override
        public String toString() {
            return "StoreOwner[name=" + name + ", email=" + email + "]";
        }
    }
}
