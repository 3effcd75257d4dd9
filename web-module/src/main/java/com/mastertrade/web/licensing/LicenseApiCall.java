package com.mastertrade.web.licensing;

/**
 * The body of a call of the licence API, whichever feature serves it: it names its licence by key, so that a
 * body refused as it is read is still answered signed by the key's store ({@link RefusedLicenseCalls}).
 */
public interface LicenseApiCall {

    String key();
}
