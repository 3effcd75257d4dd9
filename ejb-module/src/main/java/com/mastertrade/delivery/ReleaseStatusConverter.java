package com.mastertrade.delivery;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A release status in its column: its API name. */
@Converter
class ReleaseStatusConverter implements AttributeConverter<ReleaseStatus, String> {

    @Override
    public String convertToDatabaseColumn(ReleaseStatus value) {
        return value == null ? null : value.apiName();
    }

    @Override
    public ReleaseStatus convertToEntityAttribute(String column) {
        return column == null ? null : ReleaseStatus.fromApiName(column);
    }
}
