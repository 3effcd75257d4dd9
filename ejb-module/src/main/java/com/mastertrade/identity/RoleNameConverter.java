package com.mastertrade.identity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A role in its column: its API name. */
@Converter
class RoleNameConverter implements AttributeConverter<RoleName, String> {

    @Override
    public String convertToDatabaseColumn(RoleName value) {
        return value == null ? null : value.apiName();
    }

    @Override
    public RoleName convertToEntityAttribute(String column) {
        return column == null ? null : RoleName.fromApiName(column);
    }
}
