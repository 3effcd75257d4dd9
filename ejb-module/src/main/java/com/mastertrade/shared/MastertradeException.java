package com.mastertrade.shared;

import jakarta.ejb.ApplicationException;

/**
 * The one application exception: it rolls the transaction back and knows the HTTP answer it becomes
 * ({@code {"error": {"code", "message", "field"}}}). Subclasses name the common outcomes.
 */
@ApplicationException(rollback = true, inherited = true)
public class MastertradeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String field;

    public MastertradeException(int status, String code, String message) {
        this(status, code, message, null);
    }

    public MastertradeException(int status, String code, String message, String field) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
