package com.mastertrade.shared.http;

/**
 * The characters no text of a request may hold: C0 (U+0000–U+001F, NUL among them, which PostgreSQL refuses in
 * any text) and C1 (U+007F–U+009F). Tab, line feed and carriage return are text in a field declared
 * {@link MultiLine} (a description), and nowhere else: a name, an address or a key on two lines is a forgery.
 */
public final class ControlCharacters {

    private ControlCharacters() {}

    /** Whether the text holds a character it may not; null holds none. */
    public static boolean in(String text, boolean multiLine) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (refused(text.charAt(i), multiLine)) {
                return true;
            }
        }
        return false;
    }

    private static boolean refused(char c, boolean multiLine) {
        boolean control = c <= 0x1F || (c >= 0x7F && c <= 0x9F);
        return control && !(multiLine && (c == '\t' || c == '\n' || c == '\r'));
    }

    /** The text as an error may show it: control characters written as {@code \u0000} escapes. */
    public static String shown(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (refused(c, false)) {
                shown.append(String.format("\\u%04x", (int) c));
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }
}
