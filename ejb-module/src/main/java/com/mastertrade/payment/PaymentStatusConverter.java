package com.mastertrade.payment;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;

/** A payment's status in its column: its API name. */
@Converter
class PaymentStatusConverter implements AttributeConverter<Payment.Status, String> {

    @Override
    public String convertToDatabaseColumn(Payment.Status value) {
        return value == null ? null : value.apiName();
    }

    @Override
    public Payment.Status convertToEntityAttribute(String column) {
        return column == null ? null : Payment.Status.valueOf(column.toUpperCase(Locale.ROOT));
    }
}
