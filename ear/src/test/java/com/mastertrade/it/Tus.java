package com.mastertrade.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;

/**
 * A tus 1.0 client in a few lines, as an administrator's script would be: POST to begin, PATCH from an offset,
 * HEAD to learn where to resume; and a PATCH cut in the middle, written over a socket that is then closed.
 */
final class Tus {

    static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final Platform.Store store;
    private final String token;

    Tus(Platform.Store store, String token) {
        this.store = store;
        this.token = token;
    }

    URI uploads() {
        return URI.create(Platform.BASE_URL + store.path("/api/admin/uploads"));
    }

    HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Tus-Resumable", "1.0.0");
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    /** Begins an upload of {@code length} bytes named {@code fileName}; more metadata pairs may follow. */
    HttpResponse<String> begin(long length, String fileName, String... metadata) throws Exception {
        StringBuilder pairs = new StringBuilder("filename " + base64(fileName));
        for (int i = 0; i + 1 < metadata.length; i += 2) {
            pairs.append(',').append(metadata[i]).append(' ').append(base64(metadata[i + 1]));
        }
        return HTTP.send(
                request(uploads())
                        .header("Upload-Length", Long.toString(length))
                        .header("Upload-Metadata", pairs.toString())
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Begins an upload and returns its Location (201 expected). */
    URI location(long length, String fileName) throws Exception {
        HttpResponse<String> answer = begin(length, fileName);
        if (answer.statusCode() != 201) {
            throw new AssertionError("begin: " + answer.statusCode() + " " + answer.body());
        }
        return URI.create(answer.headers().firstValue("Location").orElseThrow());
    }

    HttpResponse<String> patch(URI upload, long offset, byte[] bytes, String... headers) throws Exception {
        HttpRequest.Builder request = request(upload)
                .header("Upload-Offset", Long.toString(offset))
                .header("Content-Type", "application/offset+octet-stream")
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(bytes));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> head(URI upload) throws Exception {
        return HTTP.send(
                request(upload)
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Where to resume, as a tus client asks it: right after a cut the server may still be reading the broken
     * PATCH and hold the upload's lock (423 Locked) until it notices; a client asks again a moment later.
     */
    long offset(URI upload) throws Exception {
        HttpResponse<String> answer = head(upload);
        for (int tries = 0; answer.statusCode() == 423 && tries < 50; tries++) {
            Thread.sleep(200);
            answer = head(upload);
        }
        if (answer.statusCode() != 204) {
            throw new AssertionError("HEAD: " + answer.statusCode());
        }
        return Long.parseLong(answer.headers().firstValue("Upload-Offset").orElseThrow());
    }

    /** Uploads the whole file in chunks of {@code chunk} bytes; returns the upload's id. */
    String upload(byte[] file, String fileName, int chunk) throws Exception {
        URI upload = location(file.length, fileName);
        long offset = 0;
        while (offset < file.length) {
            byte[] part = Arrays.copyOfRange(file, (int) offset, (int) Math.min(file.length, offset + chunk));
            HttpResponse<String> answer = patch(upload, offset, part);
            if (answer.statusCode() != 204) {
                throw new AssertionError("PATCH: " + answer.statusCode() + " " + answer.body());
            }
            offset = Long.parseLong(answer.headers().firstValue("Upload-Offset").orElseThrow());
        }
        return idOf(upload);
    }

    /**
     * A PATCH announcing {@code announced} bytes from {@code offset}, of which only {@code sent} are written
     * before the connection is closed: a client whose network failed mid-upload.
     */
    void interruptedPatch(URI upload, long offset, byte[] bytes, int announced, int sent) throws IOException {
        URI server = URI.create(Platform.BASE_URL);
        String head = "PATCH " + upload.getRawPath() + " HTTP/1.1\r\n"
                + "Host: " + server.getHost() + ":" + server.getPort() + "\r\n"
                + "Authorization: Bearer " + token + "\r\n"
                + "Tus-Resumable: 1.0.0\r\n"
                + "Upload-Offset: " + offset + "\r\n"
                + "Content-Type: application/offset+octet-stream\r\n"
                + "Content-Length: " + announced + "\r\n\r\n";
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes, (int) offset, sent);
            out.flush();
            Thread.sleep(500);
            socket.shutdownOutput();
            socket.setSoTimeout(10_000);
            try (InputStream in = socket.getInputStream()) {
                in.readAllBytes();
            } catch (IOException reset) {
                // the server may answer, or drop the connection
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String idOf(URI upload) {
        String path = upload.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] file(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
