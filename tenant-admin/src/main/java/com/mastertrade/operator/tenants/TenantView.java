package com.mastertrade.operator.tenants;

import com.mastertrade.tenancy.Tenant;
import java.time.Instant;
import java.util.List;

/** A tenant as the operator API shows it. */
public record TenantView(
        long id,
        String slug,
        String name,
        String status,
        String schema,
        String plan,
        List<String> domains,
        Instant createdAt) {

    static TenantView of(Tenant tenant) {
        return new TenantView(
                tenant.id(),
                tenant.slug().value(),
                tenant.name(),
                tenant.status().apiName(),
                tenant.schema(),
                tenant.plan(),
                tenant.domains().stream().sorted().toList(),
                tenant.createdAt());
    }
}
