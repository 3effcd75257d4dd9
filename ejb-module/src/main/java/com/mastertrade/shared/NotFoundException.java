package com.mastertrade.shared;

/** 404: the thing does not exist, or belongs to someone the caller may not see. */
public class NotFoundException extends MastertradeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String code, String message) {
        super(404, code, message);
    }
}
