package com.mastertrade.web.tenancy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Judges a request's raw path before a store forwards it inside the application. A forward skips the
 * container's protection of {@code WEB-INF} and {@code META-INF}, and a dot segment could climb out of the
 * store's prefix, so both are refused here, however they are spelled: any case, percent-encoded, behind
 * {@code ;} parameters or after {@code ..}.
 */
public final class RequestPaths {

    private RequestPaths() {}

    /** Why a path may not be served. */
    public enum Refusal {
        /** A dot segment, an encoded character that decodes to a separator or escape, or bytes that are not UTF-8. */
        MALFORMED,
        /** The application's private folders. */
        PRIVATE
    }

    /** The refusal for a raw (still percent-encoded) path, or null when it may be served. */
    public static Refusal check(String rawPath) {
        String decoded = decode(rawPath);
        if (decoded == null || decoded.indexOf('%') >= 0 || decoded.indexOf('\\') >= 0) {
            return Refusal.MALFORMED;
        }
        Refusal refusal = null;
        for (String segment : decoded.split("/", -1)) {
            int parameters = segment.indexOf(';');
            String name = parameters < 0 ? segment : segment.substring(0, parameters);
            if (name.equals(".") || name.equals("..") || name.chars().anyMatch(Character::isISOControl)) {
                return Refusal.MALFORMED;
            }
            String upper = name.toUpperCase(Locale.ROOT);
            if (upper.equals("WEB-INF") || upper.equals("META-INF")) {
                refusal = Refusal.PRIVATE;
            }
        }
        return refusal;
    }

    /** Percent-decodes a path as UTF-8 ({@code +} stays a plus); null when an escape or the bytes are broken. */
    private static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '%') {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
            int low = high < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
            if (low < 0) {
                return null;
            }
            bytes.write(high * 16 + low);
            i += 2;
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
