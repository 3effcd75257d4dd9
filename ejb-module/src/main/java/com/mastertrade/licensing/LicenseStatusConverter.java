package com.mastertrade.licensing;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A licence status in its column: its API name. */
@Converter
class LicenseStatusConverter implements AttributeConverter<LicenseStatus, String> {

    @Override
    public String convertToDatabaseColumn(LicenseStatus value) {
        return value == null ? null : value.apiName();
    }

    @Override
    public LicenseStatus convertToEntityAttribute(String column) {
        return column == null ? null : LicenseStatus.fromApiName(column);
    }
}
