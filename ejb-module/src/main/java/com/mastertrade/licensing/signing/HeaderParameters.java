package com.mastertrade.licensing.signing;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code name="value", name="value"} parameter lists of the signature headers. */
final class HeaderParameters {

    private static final Pattern PARAMETER =
            Pattern.compile("\\s*([A-Za-z][A-Za-z0-9_-]*)\\s*=\\s*(?:\"([^\"\\\\]*)\"|([^\",\\s]+))\\s*(,|$)");

    private HeaderParameters() {}

    /** Names in lower case; a value may be quoted or a bare token. */
    static Map<String, String> parse(String header) {
        Map<String, String> parameters = new LinkedHashMap<>();
        Matcher matcher = PARAMETER.matcher(header);
        int position = 0;
        while (position < header.length()) {
            if (!matcher.find(position) || matcher.start() != position) {
                throw new IllegalArgumentException("Not a list of name=\"value\" parameters: " + header);
            }
            String name = matcher.group(1).toLowerCase(Locale.ROOT);
            String value = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
            if (parameters.put(name, value) != null) {
                throw new IllegalArgumentException("Parameter " + name + " is repeated");
            }
            position = matcher.end();
            if (matcher.group(4).isEmpty()) {
                break;
            }
        }
        if (parameters.isEmpty() || position < header.length()) {
            throw new IllegalArgumentException("Not a list of name=\"value\" parameters: " + header);
        }
        return parameters;
    }
}
