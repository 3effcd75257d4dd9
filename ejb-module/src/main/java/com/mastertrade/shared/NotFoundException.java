package com.mastertrade.shared;

/** 404: the thing does not exist, or belongs to someone the caller may not see. */
public class NotFoundException extends MastertradeException {
    public NotFoundException(String code, String message) {
        super(404, code, message);
    }
}
