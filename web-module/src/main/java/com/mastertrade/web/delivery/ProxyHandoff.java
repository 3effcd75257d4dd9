package com.mastertrade.web.delivery;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A release's file handed to the front proxy to send itself from disk (nginx's {@code X-Accel-Redirect},
 * Apache's and lighttpd's {@code X-Sendfile}), the convention of Rack::Sendfile: the proxy says what it can do in
 * {@code X-Sendfile-Type}, and for nginx where the storage folder is in {@code X-Accel-Mapping}
 * ({@code /var/lib/mastertrade/storage/=/protected-releases/}). The platform still checks every request; only
 * the copying of bytes, which a proxy does with the kernel's {@code sendfile}, leaves Java (docs/delivery.md).
 * Believed only from a proxy of {@code MT_TRUSTED_PROXIES}: anyone else would make the platform answer empty.
 */
record ProxyHandoff(String header, String target) {

    static final String TYPE_HEADER = "X-Sendfile-Type";
    static final String MAPPING_HEADER = "X-Accel-Mapping";
    private static final String ACCEL = "X-Accel-Redirect";

    /** The hand-off the proxy asked for, or empty: the platform sends the bytes itself. */
    static Optional<ProxyHandoff> requested(String type, String mapping, Path file) {
        if (type == null) {
            return Optional.empty();
        }
        String header = type.strip();
        if (header.equalsIgnoreCase(ACCEL)) {
            return internalUri(mapping, file.toString()).map(uri -> new ProxyHandoff(ACCEL, uri));
        }
        if (header.equalsIgnoreCase("X-Sendfile") || header.equalsIgnoreCase("X-Lighttpd-Send-File")) {
            return Optional.of(new ProxyHandoff(header, file.toString()));
        }
        return Optional.empty();
    }

    /** The file's path with the first mapped folder replaced by its internal location; none: no hand-off. */
    private static Optional<String> internalUri(String mapping, String path) {
        if (mapping == null) {
            return Optional.empty();
        }
        for (String pair : mapping.split(",", -1)) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            String folder = withSlash(pair.substring(0, equals).strip());
            String location = withSlash(pair.substring(equals + 1).strip());
            if (path.startsWith(folder) && location.startsWith("/")) {
                return Optional.of(location + path.substring(folder.length()));
            }
        }
        return Optional.empty();
    }

    private static String withSlash(String prefix) {
        return prefix.endsWith("/") ? prefix : prefix + "/";
    }
}
