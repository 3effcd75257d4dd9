package com.mastertrade.payment;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A payment provider in its column: its API name. */
@Converter
class PaymentProviderConverter implements AttributeConverter<PaymentProvider, String> {

    @Override
    public String convertToDatabaseColumn(PaymentProvider value) {
        return value == null ? null : value.apiName();
    }

    @Override
    public PaymentProvider convertToEntityAttribute(String column) {
        return column == null ? null : PaymentProvider.fromApiName(column);
    }
}
