package com.mastertrade.shared;

/** Free text as the database keeps it: columns have a length, and what is longer is cut, never refused. */
public final class Texts {

    private Texts() {}

    /** The text cut to {@code length} characters; null stays null. */
    public static String atMost(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
