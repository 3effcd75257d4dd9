package com.mastertrade.delivery;

import java.util.Locale;
import java.util.Optional;

/** Who a release is for: everyone ({@code stable}) or those who asked for previews ({@code beta}). */
public enum ReleaseChannel {
    STABLE,
    BETA;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReleaseChannel fromApiName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** The channel a client named, empty for anything else (null, blank, unknown). */
    public static Optional<ReleaseChannel> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (ReleaseChannel channel : values()) {
            if (channel.apiName().equals(name.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }
}
