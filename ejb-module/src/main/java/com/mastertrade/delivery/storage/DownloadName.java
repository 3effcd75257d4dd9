package com.mastertrade.delivery.storage;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The name a file is saved under: an uploader's file name cleaned of paths, control and odd characters (it is
 * only ever a name shown to customers, never a path of ours), and the {@code Content-Disposition} that gives
 * it to a browser, in ASCII with an RFC 5987 UTF-8 form for accented names.
 */
public final class DownloadName {

    public static final int MAX_LENGTH = 255;
    public static final String FALLBACK = "installer.bin";
    private static final Pattern ODD = Pattern.compile("[^\\p{L}\\p{N} ._()+\\-]");
    private static final Pattern REPEATS = Pattern.compile("([ _.])\\1+");

    private DownloadName() {}

    /** The client's name made safe: its last path segment, no control or odd characters, no leading dots. */
    public static String sanitize(String requested) {
        if (requested == null) {
            return FALLBACK;
        }
        String name = Normalizer.normalize(requested, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = ODD.matcher(name).replaceAll("_");
        name = REPEATS.matcher(name).replaceAll("$1");
        name = name.strip().replaceFirst("^[._ ]+", "").replaceFirst("[. ]+$", "");
        if (name.isEmpty() || name.chars().allMatch(c -> c == '_')) {
            return FALLBACK;
        }
        return shorten(name);
    }

    /** At most 255 characters, the extension kept. */
    private static String shorten(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        return name.substring(0, MAX_LENGTH - extension.length()) + extension;
    }

    /** {@code attachment; filename="..."; filename*=UTF-8''...} for a name made by {@link #sanitize}. */
    public static String contentDisposition(String fileName) {
        String safe = sanitize(fileName);
        StringBuilder ascii = new StringBuilder();
        for (char c : Normalizer.normalize(safe, Normalizer.Form.NFD).toCharArray()) {
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                ascii.append(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                ascii.append('_');
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + percentEncoded(safe);
    }

    private static String percentEncoded(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
