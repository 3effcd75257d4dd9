package com.mastertrade.web.store;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A response that keeps the page written into it, and the headers set on it, so that {@link ShowcasePages} can
 * keep the page before it is sent ({@link #release}). Headers, status and errors reach the real response at once;
 * only the body waits.
 */
final class PageCapture extends HttpServletResponseWrapper {

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");

    /** A header as the page set it: replaced ({@code setHeader}) or added. */
    record Header(String name, String value, boolean added) {}

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(32 * 1024);
    private final List<Header> headers = new ArrayList<>();
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean keepable = true;
    private int status = SC_OK;

    PageCapture(HttpServletResponse response) {
        super(response);
    }

    /** The page, if it can be kept: a 200 in UTF-8 HTML that set no cookie, without a session, with a nonce. */
    Optional<ShowcasePages.ShowcasePage> page(long storeId, boolean sessionless) {
        flushWriter();
        String type = getContentType();
        Optional<String> nonce = headers.stream()
                .filter(header -> header.name().equalsIgnoreCase("Content-Security-Policy"))
                .map(header -> NONCE.matcher(header.value()))
                .filter(Matcher::find)
                .map(matcher -> matcher.group(1))
                .findFirst();
        if (!keepable
                || !sessionless
                || status != SC_OK
                || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("text/html")
                || !StandardCharsets.UTF_8.name().equalsIgnoreCase(getCharacterEncoding())
                || nonce.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ShowcasePages.ShowcasePage(
                storeId, type, List.copyOf(headers), body.toString(StandardCharsets.UTF_8), nonce.get()));
    }

    /** Sends the page written so far to the real response. */
    void release() throws IOException {
        flushWriter();
        if (body.size() > 0) {
            getResponse().getOutputStream().write(body.toByteArray());
        }
    }

    private void flushWriter() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (writer != null) {
            throw new IllegalStateException("getWriter() has been called");
        }
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    body.write(bytes, offset, length);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("a page is written in one go");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (stream != null) {
            throw new IllegalStateException("getOutputStream() has been called");
        }
        if (writer == null) {
            if (getCharacterEncoding() == null) {
                setCharacterEncoding(StandardCharsets.UTF_8.name());
            }
            writer = new PrintWriter(new OutputStreamWriter(body, Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        flushWriter();
    }

    @Override
    public void resetBuffer() {
        flushWriter();
        body.reset();
    }

    @Override
    public void reset() {
        super.reset();
        resetBuffer();
        headers.clear();
    }

    @Override
    public void setContentLength(int length) {
        // the length is the real response's business once the page is released
    }

    @Override
    public void setContentLengthLong(long length) {
        // as above
    }

    @Override
    public void setHeader(String name, String value) {
        if (isLength(name)) {
            return;
        }
        headers.removeIf(header -> header.name().equalsIgnoreCase(name));
        headers.add(new Header(name, value, false));
        keepable &= !isCookie(name);
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        if (isLength(name)) {
            return;
        }
        headers.add(new Header(name, value, true));
        keepable &= !isCookie(name);
        super.addHeader(name, value);
    }

    @Override
    public void setIntHeader(String name, int value) {
        setHeader(name, Integer.toString(value));
    }

    @Override
    public void addIntHeader(String name, int value) {
        addHeader(name, Integer.toString(value));
    }

    @Override
    public void setDateHeader(String name, long date) {
        keepable = false;
        super.setDateHeader(name, date);
    }

    @Override
    public void addDateHeader(String name, long date) {
        keepable = false;
        super.addDateHeader(name, date);
    }

    @Override
    public void addCookie(Cookie cookie) {
        keepable = false;
        super.addCookie(cookie);
    }

    @Override
    public void setStatus(int status) {
        this.status = status;
        super.setStatus(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        this.status = status;
        super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
        this.status = status;
        super.sendError(status);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        keepable = false;
        super.sendRedirect(location);
    }

    private static boolean isCookie(String name) {
        return name.equalsIgnoreCase("Set-Cookie");
    }

    private static boolean isLength(String name) {
        return name.equalsIgnoreCase("Content-Length");
    }
}
