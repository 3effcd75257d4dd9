package com.mastertrade.delivery.download;

import com.mastertrade.shared.MastertradeException;

/**
 * Why a download link is not made or not served: 403 with the code of API.md ("Delivery"), or 410 for a
 * release withdrawn since the link was made. Messages are for people; programs switch on the code.
 */
public final class DownloadRefusal {

    private DownloadRefusal() {}

    static MastertradeException tokenInvalid() {
        return new MastertradeException(403, "TOKEN_INVALID", "This download link is not valid");
    }

    static MastertradeException tokenExpired() {
        return new MastertradeException(403, "TOKEN_EXPIRED", "This download link has expired: ask for a new one");
    }

    static MastertradeException addressMismatch() {
        return new MastertradeException(
                403, "IP_MISMATCH", "This download link was made for another network address: ask for a new one");
    }

    static MastertradeException licenseNotActive(String why) {
        return new MastertradeException(403, "LICENSE_NOT_ACTIVE", "The licence is not in force: " + why);
    }

    static MastertradeException orderNotPaid() {
        return new MastertradeException(403, "ORDER_NOT_PAID", "The order of this licence is not paid");
    }

    static MastertradeException quotaExceeded(int quota) {
        return new MastertradeException(
                403,
                "QUOTA_EXCEEDED",
                "This licence has used its " + quota + " downloads of the day (UTC); a resumed download still works");
    }

    static MastertradeException releaseWithdrawn() {
        return new MastertradeException(
                410, "RELEASE_WITHDRAWN", "This release has been withdrawn: ask for a new link");
    }
}
