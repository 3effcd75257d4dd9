package com.mastertrade.shared.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * IP address literals as proxies write them, read without ever asking DNS: {@code InetAddress.getByName} would
 * look up anything that is not a literal, so only dotted quads and hexadecimal IPv6 text reach it.
 */
final class IpAddresses {

    private static final String OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    private static final Pattern IPV4 = Pattern.compile("^" + OCTET + "(?:\\." + OCTET + "){3}$");
    private static final Pattern IPV6 = Pattern.compile("^[0-9A-Fa-f:][0-9A-Fa-f:.]{1,44}$");

    private IpAddresses() {}

    /**
     * The address in a literal: {@code 203.0.113.7}, {@code 2001:db8::1}, {@code [2001:db8::1]}, with a port
     * ({@code 203.0.113.7:443}, {@code [2001:db8::1]:443}) or an IPv6 zone ({@code fe80::1%eth0}), both
     * dropped. Empty for anything else (host names, {@code unknown}, obfuscated identifiers).
     */
    static Optional<InetAddress> parseHop(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String literal = text.trim();
        if (literal.startsWith("[")) {
            int end = literal.indexOf(']');
            if (end < 0 || !(end == literal.length() - 1 || literal.charAt(end + 1) == ':')) {
                return Optional.empty();
            }
            literal = literal.substring(1, end);
        } else if (literal.indexOf(':') >= 0 && literal.indexOf(':') == literal.lastIndexOf(':')) {
            literal = literal.substring(0, literal.indexOf(':'));
        }
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        return parse(literal);
    }

    /** The address of a bare literal, {@code 203.0.113.7} or {@code 2001:db8::1}; empty for anything else. */
    static Optional<InetAddress> parse(String literal) {
        boolean literalForm = IPV4.matcher(literal).matches()
                || (literal.indexOf(':') >= 0 && IPV6.matcher(literal).matches());
        if (!literalForm) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(literal));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** The address as it is recorded and counted: one spelling for one address, IPv4-mapped IPv6 as IPv4. */
    static String text(InetAddress address) {
        return address.getHostAddress();
    }
}
