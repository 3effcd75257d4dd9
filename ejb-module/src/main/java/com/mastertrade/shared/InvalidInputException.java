package com.mastertrade.shared;

/** 422: a field failed a check; {@code field} names it as the client sent it. */
public class InvalidInputException extends MastertradeException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String field, String message) {
        super(422, "VALIDATION_FAILED", message, field);
    }
}
