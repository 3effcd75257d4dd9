package com.mastertrade.operator.tenants;

import com.mastertrade.shared.InvalidInputException;
import com.mastertrade.shared.tenant.TenantSlug;
import com.mastertrade.tenancy.NewTenant;
import com.mastertrade.tenancy.StoreBranding;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code POST /operator/api/tenants}: the new store, its first administrator, its domains and branding. */
public record OpenTenantRequest(
        String slug, String name, Admin admin, List<String> domains, Map<String, String> branding) {

    /** The store's first administrator. */
    public record Admin(String email, String password, String name) {}

    NewTenant toNewTenant() {
        if (admin == null) {
            throw new InvalidInputException("admin", "admin {email, password, name} is required");
        }
        return new NewTenant(
                new TenantSlug(slug),
                name,
                new NewTenant.StoreOwner(
                        admin.name() == null ? "Administrateur" : admin.name(), admin.email(), admin.password()),
                domains == null ? Set.of() : new LinkedHashSet<>(domains),
                brandingJson());
    }

    private String brandingJson() {
        return StoreBranding.of(branding).toJson();
    }
}
