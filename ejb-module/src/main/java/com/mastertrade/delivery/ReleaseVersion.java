package com.mastertrade.delivery;

import com.mastertrade.shared.InvalidInputException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A version as WinDev programs carry it ("2.1.0.45"): dotted numbers compared number by number, a missing
 * number counting as 0 ("2.1" equals "2.1.0.0"), an optional leading "v", and an optional suffix after the
 * numbers ("2.1-beta3", "2.1 RC1") that makes it come before the same numbers without one, as a preview does;
 * two suffixes compare as text, their digits as numbers. What the client wrote is kept as its text.
 */
public final class ReleaseVersion implements Comparable<ReleaseVersion> {

    /** The column's length. */
    public static final int MAX_LENGTH = 40;

    private static final Pattern SHAPE =
            Pattern.compile("[vV]?(\\d+(?:\\.\\d+)*)([-+_ .]?[0-9A-Za-z][0-9A-Za-z.+_-]*)?");
    private static final Pattern DIGITS_OR_NOT = Pattern.compile("\\d+|\\D+");

    private final String text;
    private final List<BigInteger> numbers;
    private final String suffix;

    private ReleaseVersion(String text, List<BigInteger> numbers, String suffix) {
        this.text = text;
        this.numbers = numbers;
        this.suffix = suffix;
    }

    /** The version a client sent; 422 on {@code field} if it is not a version. */
    public static ReleaseVersion of(String field, String text) {
        return tryParse(text)
                .orElseThrow(() -> new InvalidInputException(
                        field,
                        field + " is a dotted version like 2.1.0.45 (an optional suffix such as -beta1), at most "
                                + MAX_LENGTH + " characters"));
    }

    /** The version if the text is one; a program's own version string may be anything. */
    public static Optional<ReleaseVersion> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Matcher matcher = SHAPE.matcher(trimmed);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        List<BigInteger> numbers = new ArrayList<>();
        for (String part : matcher.group(1).split("\\.", -1)) {
            numbers.add(new BigInteger(part));
        }
        while (numbers.size() > 1 && numbers.get(numbers.size() - 1).signum() == 0) {
            numbers.remove(numbers.size() - 1);
        }
        String suffix = matcher.group(2) == null
                ? ""
                : matcher.group(2).replaceFirst("^[-+_ .]", "").toLowerCase(Locale.ROOT);
        return Optional.of(new ReleaseVersion(trimmed, Collections.unmodifiableList(numbers), suffix));
    }

    /** True when this version comes after {@code other}. */
    public boolean isNewerThan(ReleaseVersion other) {
        return compareTo(other) > 0;
    }

    /** Whether a suffix marks it as a preview ("2.0-beta1"). */
    public boolean hasSuffix() {
        return !suffix.isEmpty();
    }

    @Override
    public int compareTo(ReleaseVersion other) {
        int length = Math.max(numbers.size(), other.numbers.size());
        for (int i = 0; i < length; i++) {
            int byNumber = number(i).compareTo(other.number(i));
            if (byNumber != 0) {
                return byNumber;
            }
        }
        if (suffix.isEmpty() || other.suffix.isEmpty()) {
            return Boolean.compare(suffix.isEmpty(), other.suffix.isEmpty());
        }
        return compareSuffixes(suffix, other.suffix);
    }

    private BigInteger number(int index) {
        return index < numbers.size() ? numbers.get(index) : BigInteger.ZERO;
    }

    /** "beta10" after "beta9": runs of digits compare as numbers, the rest as text. */
    private static int compareSuffixes(String left, String right) {
        Matcher a = DIGITS_OR_NOT.matcher(left);
        Matcher b = DIGITS_OR_NOT.matcher(right);
        while (a.find()) {
            if (!b.find()) {
                return 1;
            }
            String x = a.group();
            String y = b.group();
            boolean bothNumbers = Character.isDigit(x.charAt(0)) && Character.isDigit(y.charAt(0));
            int order = bothNumbers ? new BigInteger(x).compareTo(new BigInteger(y)) : x.compareTo(y);
            if (order != 0) {
                return order;
            }
        }
        return b.find() ? -1 : 0;
    }

    /** Equal when they compare equal: "2.1" and "2.1.0" are one version. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ReleaseVersion version && compareTo(version) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(numbers, suffix);
    }

    /** The version as it was written. */
    @Override
    public String toString() {
        return text;
    }
}
