package com.mastertrade.shared;

import java.util.Locale;

/** The languages of the platform; French first, as the customers are. */
public enum Language {
    FR,
    EN;

    public static final Language DEFAULT = FR;

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag());
    }

    /** Known tags map to their language; anything else falls back to French. */
    public static Language fromTag(String tag) {
        if (tag != null && tag.toLowerCase(Locale.ROOT).startsWith("en")) {
            return EN;
        }
        return DEFAULT;
    }
}
