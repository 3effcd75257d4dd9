package com.mastertrade.delivery;

import java.util.Locale;

/** A release's life: prepared ({@code draft}), offered ({@code published}), withdrawn ({@code yanked}). */
public enum ReleaseStatus {
    DRAFT,
    PUBLISHED,
    YANKED;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReleaseStatus fromApiName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
