package com.mastertrade.notification;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** An e-mail's type in its column: the constant's name, as the templates are named. */
@Converter
class EmailTypeConverter implements AttributeConverter<EmailType, String> {

    @Override
    public String convertToDatabaseColumn(EmailType value) {
        return value == null ? null : value.name();
    }

    @Override
    public EmailType convertToEntityAttribute(String column) {
        return column == null ? null : EmailType.valueOf(column);
    }
}
