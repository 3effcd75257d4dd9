package com.mastertrade.licensing;

import com.mastertrade.shared.Tokens;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** A licence key, {@code MT-<UUID>} in lowercase: what the customer types and the WinDev program sends. */
public record LicenseKey(String value) {

    private static final Pattern FORMAT =
            Pattern.compile("^MT-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    public LicenseKey {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a licence key");
        }
    }

    public static LicenseKey generate() {
        return new LicenseKey("MT-" + UUID.randomUUID());
    }

    /** Keys as people type them: surrounding blanks and the case of the hex digits do not matter. */
    public static Optional<LicenseKey> parse(String candidate) {
        if (candidate == null || candidate.length() > 64) {
            return Optional.empty();
        }
        String trimmed = candidate.trim();
        if (trimmed.length() != 39 || !trimmed.regionMatches(true, 0, "MT-", 0, 3)) {
            return Optional.empty();
        }
        String normalized = "MT-" + trimmed.substring(3).toLowerCase(Locale.ROOT);
        return FORMAT.matcher(normalized).matches() ? Optional.of(new LicenseKey(normalized)) : Optional.empty();
    }

    /** What the platform-wide key index stores: the key itself never leaves its tenant's schema. */
    public byte[] indexHash() {
        return Tokens.sha256(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
