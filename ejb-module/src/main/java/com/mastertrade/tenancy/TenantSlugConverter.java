package com.mastertrade.tenancy;

import com.mastertrade.shared.tenant.TenantSlug;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
class TenantSlugConverter implements AttributeConverter<TenantSlug, String> {

    @Override
    public String convertToDatabaseColumn(TenantSlug slug) {
        return slug == null ? null : slug.value();
    }

    @Override
    public TenantSlug convertToEntityAttribute(String value) {
        return value == null ? null : new TenantSlug(value);
    }
}
