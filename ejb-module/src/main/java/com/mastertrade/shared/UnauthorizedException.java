package com.mastertrade.shared;

/** 401: missing, wrong or expired credentials. */
public class UnauthorizedException extends MastertradeException {

    private static final long serialVersionUID = 1L;

    public UnauthorizedException(String code, String message) {
        super(401, code, message);
    }
}
