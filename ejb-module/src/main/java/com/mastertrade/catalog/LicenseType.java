package com.mastertrade.catalog;

import com.mastertrade.shared.InvalidInputException;
import java.util.Locale;

/** How a licence lasts: for ever, for a paid period, or per seat (a period with several activations). */
public enum LicenseType {
    PERMANENT,
    SUBSCRIPTION,
    SEAT_BASED;

    /** {@code permanent}, {@code subscription}, {@code seat-based}: the names of the API and the database. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static LicenseType fromApiName(String name) {
        for (LicenseType type : values()) {
            if (type.apiName().equals(name)) {
                return type;
            }
        }
        throw new InvalidInputException("type", "type is permanent, subscription or seat-based");
    }

    /** Only a permanent licence has no expiry date. */
    public boolean expires() {
        return this != PERMANENT;
    }
}
