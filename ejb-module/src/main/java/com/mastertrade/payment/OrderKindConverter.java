package com.mastertrade.payment;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** An order's kind in its column: its API name. */
@Converter
class OrderKindConverter implements AttributeConverter<OrderKind, String> {

    @Override
    public String convertToDatabaseColumn(OrderKind value) {
        return value == null ? null : value.apiName();
    }

    @Override
    public OrderKind convertToEntityAttribute(String column) {
        return column == null ? null : OrderKind.fromApiName(column);
    }
}
