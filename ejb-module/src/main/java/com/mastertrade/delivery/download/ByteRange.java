package com.mastertrade.delivery.download;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a file a {@code Range} header asks for (RFC 9110, section 14), resolved against the file's size.
 * Only a single range of bytes is served as a 206: a header this parser cannot read, another unit, or several
 * ranges get the whole file (200), as RFC 9110 allows a server to ignore {@code Range}; a syntactically valid
 * single range that starts past the end is unsatisfiable (416). A range's end past the file is cut at its last
 * byte.
 *
 * @param start  first byte served, 0-based
 * @param length number of bytes served, at least 1 except for the whole of an empty file
 */
public record ByteRange(long start, long length) {

    /** {@code bytes=first-last}, {@code bytes=first-} or {@code bytes=-suffix}, blanks around allowed. */
    private static final Pattern SINGLE = Pattern.compile("\\s*bytes\\s*=\\s*(\\d{0,18})\\s*-\\s*(\\d{0,18})\\s*");

    private static final Pattern BYTES_UNIT = Pattern.compile("\\s*bytes\\s*=.*", Pattern.DOTALL);

    public ByteRange {
        if (start < 0 || length < 0) {
            throw new IllegalArgumentException("A range has no negative start or length");
        }
    }

    /** The whole file. */
    public static ByteRange whole(long size) {
        return new ByteRange(0, size);
    }

    /** The last byte served, inclusive ({@code start - 1} for an empty range). */
    public long end() {
        return start + length - 1;
    }

    public boolean isWhole(long size) {
        return start == 0 && length == size;
    }

    /** {@code bytes first-last/size}, the value of {@code Content-Range} for a 206. */
    public String contentRange(long size) {
        return "bytes " + start + "-" + end() + "/" + size;
    }

    /** {@code bytes *}{@code /size}, the value of {@code Content-Range} for a 416. */
    public static String unsatisfiedContentRange(long size) {
        return "bytes */" + size;
    }

    /**
     * What to serve of a file of {@code size} bytes for a {@code Range} header (null when there is none):
     * the whole file, one range, or nothing (empty: answer 416).
     */
    public static Optional<ByteRange> resolve(String header, long size) {
        if (header == null || !BYTES_UNIT.matcher(header).matches()) {
            return Optional.of(whole(size));
        }
        Matcher single = SINGLE.matcher(header);
        if (!single.matches()) {
            // several ranges, or a malformed one: served whole (documented in docs/delivery.md)
            return Optional.of(whole(size));
        }
        String first = single.group(1);
        String last = single.group(2);
        if (first.isEmpty() && last.isEmpty()) {
            return Optional.of(whole(size));
        }
        if (first.isEmpty()) {
            return suffix(Long.parseLong(last), size);
        }
        long start = Long.parseLong(first);
        if (!last.isEmpty() && Long.parseLong(last) < start) {
            // reversed: not a valid byte-range-spec, so the header is ignored
            return Optional.of(whole(size));
        }
        if (start >= size) {
            return Optional.empty();
        }
        long end = last.isEmpty() ? size - 1 : Math.min(Long.parseLong(last), size - 1);
        return Optional.of(new ByteRange(start, end - start + 1));
    }

    /** {@code bytes=-n}: the last n bytes; {@code -0}, or any suffix of an empty file, is unsatisfiable. */
    private static Optional<ByteRange> suffix(long count, long size) {
        if (count == 0 || size == 0) {
            return Optional.empty();
        }
        long length = Math.min(count, size);
        return Optional.of(new ByteRange(size - length, length));
    }
}
