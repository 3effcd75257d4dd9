package com.mastertrade.payment;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** An order's status (and a transition's) in its column: its API name. */
@Converter
class OrderStatusConverter implements AttributeConverter<OrderStatus, String> {

    @Override
    public String convertToDatabaseColumn(OrderStatus value) {
        return value == null ? null : value.apiName();
    }

    @Override
    public OrderStatus convertToEntityAttribute(String column) {
        return column == null ? null : OrderStatus.fromApiName(column);
    }
}
