package com.mastertrade.shared.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Refuses request bodies over the limit ({@code max-bytes} init parameter, 1 MiB by default) with 413:
 * at once when {@code Content-Length} says so, or as soon as a chunked body goes past it. Paths that take
 * files and bound them themselves ({@code unlimited-paths}, comma-separated prefixes below the store's root or
 * its {@code /t/<slug>} prefix, e.g. the resumable uploads) are let through.
 */
public class BodySizeLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Pattern STORE_PREFIX = Pattern.compile("^/t/[^/]+(?=/)");

    private long maxBytes = 1024 * 1024;
    private List<String> unlimitedPaths = List.of();

    @Override
    public void init() {
        String configured = getInitParameter("max-bytes");
        if (configured != null) {
            maxBytes = Long.parseLong(configured);
        }
        String unlimited = getInitParameter("unlimited-paths");
        if (unlimited != null) {
            unlimitedPaths = Arrays.stream(unlimited.split(","))
                    .map(String::strip)
                    .filter(path -> !path.isEmpty())
                    .toList();
        }
    }

    /** Whether the path (below the context) takes bodies of any size: it bounds them itself. */
    static boolean isUnlimited(String path, List<String> unlimitedPaths) {
        String inStore = STORE_PREFIX.matcher(path).replaceFirst("");
        return unlimitedPaths.stream().anyMatch(inStore::startsWith);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isUnlimited(path, unlimitedPaths)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > maxBytes) {
            ErrorPages.write(response, 413, "PAYLOAD_TOO_LARGE", "The request body is over " + maxBytes + " bytes");
            return;
        }
        chain.doFilter(new LimitedRequest(request, maxBytes), response);
    }

    /** Thrown when a body outgrows the limit while it is read; mapped to 413. */
    public static class PayloadTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        PayloadTooLargeException(long maxBytes) {
            super("The request body is over " + maxBytes + " bytes");
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long maxBytes;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), maxBytes);
            }
            return stream;
        }
    }

    private static final class LimitedStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long maxBytes;
        private long read;

        LimitedStream(ServletInputStream in, long maxBytes) {
            this.in = in;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws PayloadTooLargeException {
            read += n;
            if (read > maxBytes) {
                throw new PayloadTooLargeException(maxBytes);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
