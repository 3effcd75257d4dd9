package com.mastertrade.shared;

/** 403: the caller is known but may not do this. */
public class ForbiddenException extends MastertradeException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String code, String message) {
        super(403, code, message);
    }
}
