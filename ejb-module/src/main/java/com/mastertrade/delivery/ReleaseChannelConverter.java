package com.mastertrade.delivery;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A release channel in its column: its API name. */
@Converter
class ReleaseChannelConverter implements AttributeConverter<ReleaseChannel, String> {

    @Override
    public String convertToDatabaseColumn(ReleaseChannel value) {
        return value == null ? null : value.apiName();
    }

    @Override
    public ReleaseChannel convertToEntityAttribute(String column) {
        return column == null ? null : ReleaseChannel.fromApiName(column);
    }
}
