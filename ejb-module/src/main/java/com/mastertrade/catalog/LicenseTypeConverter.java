package com.mastertrade.catalog;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A licence type in its column (a product's terms, a licence): its API name. */
@Converter
public class LicenseTypeConverter implements AttributeConverter<LicenseType, String> {

    @Override
    public String convertToDatabaseColumn(LicenseType value) {
        return value == null ? null : value.apiName();
    }

    @Override
    public LicenseType convertToEntityAttribute(String column) {
        return column == null ? null : LicenseType.fromApiName(column);
    }
}
