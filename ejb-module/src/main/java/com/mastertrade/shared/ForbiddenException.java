package com.mastertrade.shared;

/** 403: the caller is known but may not do this. */
public class ForbiddenException extends MastertradeException {
    public ForbiddenException(String code, String message) {
        super(403, code, message);
    }
}
