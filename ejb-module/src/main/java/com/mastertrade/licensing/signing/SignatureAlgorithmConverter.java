package com.mastertrade.licensing.signing;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
class SignatureAlgorithmConverter implements AttributeConverter<SignatureAlgorithm, String> {

    @Override
    public String convertToDatabaseColumn(SignatureAlgorithm algorithm) {
        return algorithm == null ? null : algorithm.apiName();
    }

    @Override
    public SignatureAlgorithm convertToEntityAttribute(String value) {
        return value == null
                ? null
                : SignatureAlgorithm.fromApiName(value)
                        .orElseThrow(() ->
                                new IllegalStateException("Unknown signature algorithm in the database: " + value));
    }
}
