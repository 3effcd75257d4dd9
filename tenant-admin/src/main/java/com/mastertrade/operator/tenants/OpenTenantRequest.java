package com.mastertrade.operator.tenants;

import com.mastertrade.shared.InvalidInputException;
import com.mastertrade.shared.tenant.TenantSlug;
import com.mastertrade.tenancy.NewTenant;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** {@code POST /operator/api/tenants}: the new store, its first administrator, its domains and branding. */
public record OpenTenantRequest(
        String slug, String name, Admin admin, List<String> domains, Map<String, String> branding) {

    private static final Set<String> BRANDING_KEYS = Set.of("logo_url", "primary_color", "accent_color", "tagline");
    private static final Pattern COLOR = Pattern.compile("^#[0-9a-fA-F]{6}$");

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
        JsonObjectBuilder json = Json.createObjectBuilder();
        if (branding != null) {
            for (Map.Entry<String, String> entry : branding.entrySet()) {
                String key = entry.getKey();
                String value = entry.getValue();
                if (!BRANDING_KEYS.contains(key)) {
                    throw new InvalidInputException("branding", "branding knows " + BRANDING_KEYS + ", not " + key);
                }
                if (value == null
                        || value.length() > 512
                        || (key.endsWith("_color") && !COLOR.matcher(value).matches())
                        || (key.equals("logo_url") && !value.startsWith("https://"))) {
                    throw new InvalidInputException("branding", "branding." + key + " is not valid");
                }
                json.add(key, value);
            }
        }
        return json.build().toString();
    }
}
