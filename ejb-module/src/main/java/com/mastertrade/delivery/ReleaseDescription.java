package com.mastertrade.delivery;

import com.mastertrade.shared.InvalidInputException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a reseller says of a release: its version, the platform its installer runs on ({@code windows},
 * {@code windows-x64}, {@code linux}... lower case), its channel, the changelog customers read and whether
 * installed programs must take it.
 */
public record ReleaseDescription(
        ReleaseVersion version, String platform, ReleaseChannel channel, String changelog, boolean mandatory) {

    public static final String DEFAULT_PLATFORM = "windows";
    public static final int MAX_CHANGELOG = 20_000;
    private static final Pattern PLATFORM = Pattern.compile("[a-z0-9][a-z0-9._-]{0,31}");

    public ReleaseDescription {
        Objects.requireNonNull(version, "Version is required.");
        Objects.requireNonNull(channel, "Channel is required.");
        platform = platform(platform);
        if (changelog != null && changelog.length() > MAX_CHANGELOG) {
            throw new InvalidInputException("changelog", "changelog is at most " + MAX_CHANGELOG + " characters");
        }
        changelog = changelog == null || changelog.isBlank() ? null : changelog.strip();
    }

    /** The platform a client named, in lower case; {@code windows} when it named none. */
    static String platform(String named) {
        if (named == null || named.isBlank()) {
            return DEFAULT_PLATFORM;
        }
        String platform = named.strip().toLowerCase(Locale.ROOT);
        if (!PLATFORM.matcher(platform).matches()) {
            throw new InvalidInputException(
                    "platform", "platform is a short name like windows or windows-x64 (letters, digits, . _ -)");
        }
        return platform;
    }
}
