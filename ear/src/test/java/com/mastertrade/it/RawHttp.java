package com.mastertrade.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 requests written byte for byte over a socket, for what HTTP clients refuse to send or quietly
 * repair: raw dot segments, a forged {@code Host}, odd methods and broken headers. One request per connection.
 */
final class RawHttp {

    private static final URI SERVER = URI.create(Platform.BASE_URL);

    private RawHttp() {}

    /** An answer: status, headers (names in lower case) and body as text. */
    record Answer(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** A GET of a path exactly as given, with {@code Host: localhost} unless other headers say otherwise. */
    static Answer get(String rawPath, String... headerLines) throws IOException {
        return request("GET", rawPath, null, headerLines);
    }

    /**
     * A request of any method, path and body (sent with its {@code Content-Length} when not null), with
     * {@code Host: localhost} unless other headers say otherwise. Header lines go out byte for byte as ISO-8859-1:
     * a char above U+00FF cannot be sent this way, its UTF-8 bytes must be spelled as chars.
     */
    static Answer request(String method, String rawPath, String body, String... headerLines) throws IOException {
        StringBuilder request = new StringBuilder(method + " " + rawPath + " HTTP/1.1\r\n");
        boolean host = false;
        for (String line : headerLines) {
            host |= line.regionMatches(true, 0, "Host:", 0, 5);
            request.append(line).append("\r\n");
        }
        if (!host) {
            request.append("Host: localhost\r\n");
        }
        if (body != null) {
            request.append("Content-Length: ")
                    .append(body.getBytes(StandardCharsets.UTF_8).length)
                    .append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        byte[] head = request.toString().getBytes(StandardCharsets.ISO_8859_1);
        if (body == null) {
            return send(head);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(head);
        bytes.writeBytes(body.getBytes(StandardCharsets.UTF_8));
        return send(bytes.toByteArray());
    }

    /** Sends these bytes as they are and reads the answer until the server closes the connection. */
    static Answer send(byte[] request) throws IOException {
        try (Socket socket = new Socket(SERVER.getHost(), SERVER.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            return parse(readAll(socket.getInputStream()));
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            bytes.write(buffer, 0, n);
        }
        return bytes.toByteArray();
    }

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1); // one char per byte, until the body
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IllegalStateException("No complete HTTP answer: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n", -1);
        int status = Integer.parseInt(lines[0].split(" ", -1)[1]);
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(
                    lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim());
        }
        String body = text.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Answer(
                status, headers, new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }

    private static String unchunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(
                    chunked.substring(at, lineEnd).split(";", -1)[0].trim(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
