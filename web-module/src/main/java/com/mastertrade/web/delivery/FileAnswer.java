package com.mastertrade.web.delivery;

import com.mastertrade.delivery.download.ByteRange;
import com.mastertrade.delivery.download.Grant;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * Which part of a release's file a request gets, from its {@code Range} and {@code If-Range} headers
 * (RFC 9110): a single satisfiable range is a 206, a range past the end a 416, and anything else (no range,
 * several ranges, a malformed one, or an {@code If-Range} that names another version of the file) the whole
 * file. {@code If-Range} matches the strong entity tag (the file's SHA-256) or the exact publication date.
 */
record FileAnswer(int status, ByteRange range) {

    /** IMF-fixdate, the form RFC 9110 sends: {@code Thu, 03 Dec 2026 10:15:30 GMT}. */
    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    static FileAnswer of(Grant grant, String rangeHeader, String ifRange) {
        long size = grant.size();
        if (rangeHeader == null || !sameFile(grant, ifRange)) {
            return new FileAnswer(200, ByteRange.whole(size));
        }
        Optional<ByteRange> range = ByteRange.resolve(rangeHeader, size);
        if (range.isEmpty()) {
            return new FileAnswer(416, ByteRange.whole(size));
        }
        return new FileAnswer(range.get().isWhole(size) ? 200 : 206, range.get());
    }

    boolean isPartial() {
        return status == 206;
    }

    boolean isUnsatisfiable() {
        return status == 416;
    }

    /** No {@code If-Range}, or one naming the file as it is: the range may be served. */
    private static boolean sameFile(Grant grant, String ifRange) {
        if (ifRange == null) {
            return true;
        }
        String validator = ifRange.strip();
        if (validator.startsWith("\"") || validator.startsWith("W/")) {
            return validator.equals(grant.entityTag());
        }
        try {
            Instant date = DateTimeFormatter.RFC_1123_DATE_TIME.parse(validator, Instant::from);
            return grant.publishedAt() != null
                    && date.equals(grant.publishedAt().truncatedTo(ChronoUnit.SECONDS));
        } catch (DateTimeParseException notADate) {
            return false;
        }
    }

    static String httpDate(Instant instant) {
        return HTTP_DATE.format(instant);
    }
}
