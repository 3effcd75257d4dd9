package com.mastertrade.delivery;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the tus protocol answered, kept aside instead of written: its status and headers, or the error it
 * raised, so that the API answers it in its own way (the JSON error shape, JAX-RS headers). The tus answers
 * served here carry no body.
 */
public final class TusAnswer extends HttpServletResponseWrapper {

    private final Map<String, String> headers = new LinkedHashMap<>();
    private int status;
    private String error;

    TusAnswer(HttpServletResponse response) {
        super(response);
    }

    /** The status set, 0 if none was (the upload was busy with another request). */
    @Override
    public int getStatus() {
        return status;
    }

    @Override
    public void setStatus(int status) {
        this.status = status;
    }

    @Override
    public void sendError(int status, String message) {
        this.status = status;
        this.error = message;
    }

    @Override
    public void sendError(int status) {
        sendError(status, null);
    }

    @Override
    public void setHeader(String name, String value) {
        if (value == null) {
            headers.remove(name);
        } else {
            headers.put(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        headers.merge(name, value, (a, b) -> a + ", " + b);
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
        setHeader(name, Long.toString(date));
    }

    @Override
    public void addDateHeader(String name, long date) {
        addHeader(name, Long.toString(date));
    }

    @Override
    public boolean containsHeader(String name) {
        return headers.containsKey(name);
    }

    @Override
    public String getHeader(String name) {
        return headers.get(name);
    }

    @Override
    public Collection<String> getHeaders(String name) {
        String value = headers.get(name);
        return value == null ? List.of() : List.of(value);
    }

    @Override
    public Collection<String> getHeaderNames() {
        return List.copyOf(headers.keySet());
    }

    @Override
    public void setContentType(String type) {
        // no body is answered
    }

    @Override
    public void setContentLength(int length) {
        // no body is answered
    }

    @Override
    public void setContentLengthLong(long length) {
        // no body is answered
    }

    @Override
    public ServletOutputStream getOutputStream() {
        return new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                // writes are discarded at once
            }

            @Override
            public void write(int b) {
                // tus answers no body here
            }
        };
    }

    @Override
    public PrintWriter getWriter() {
        return new PrintWriter(Writer.nullWriter());
    }

    /** The headers the answer carries (Location, Upload-Offset, Tus-Resumable...). */
    public Map<String, String> headers() {
        return Map.copyOf(headers);
    }

    public boolean isError() {
        return error != null || status >= 400 || status == 0;
    }
}
