package com.mastertrade.licensing;

import java.util.Locale;
import java.util.Optional;

/** Which licences an administrator looks for; every part is optional. {@code keyStart} matches the key's beginning. */
public record LicenseFilter(
        Optional<LicenseStatus> status, Optional<Long> productId, Optional<Long> userId, Optional<String> keyStart) {

    public LicenseFilter {
        keyStart = keyStart.map(k -> k.trim().toLowerCase(Locale.ROOT).replaceFirst("^mt-", "MT-"))
                .filter(k -> !k.isEmpty());
    }
}
