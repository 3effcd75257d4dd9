package com.mastertrade.shared;

/** 409: the request is valid but clashes with what exists (a duplicate, a state that forbids it). */
public class ConflictException extends MastertradeException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String code, String message) {
        super(409, code, message);
    }
}
