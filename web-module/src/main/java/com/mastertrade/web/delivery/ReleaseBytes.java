package com.mastertrade.web.delivery;

import com.mastertrade.delivery.BlobStore;
import com.mastertrade.delivery.download.ByteRange;
import com.mastertrade.delivery.download.DownloadDesk;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A range of a release's file on its way to the client, through one fixed buffer whatever the file's size.
 * When the bytes stop, well or because the client went away, the download log gets the bytes written to the
 * connection; only the requests that delivered every byte of the file are complete.
 */
final class ReleaseBytes implements StreamingOutput {

    /** Big enough that a gigabyte is a few thousand writes, small enough that many streams stay cheap. */
    static final int BUFFER_BYTES = 256 * 1024;

    private final BlobStore blobs;
    private final DownloadDesk desk;
    private final String blobKey;
    private final ByteRange range;
    private final long fileSize;
    private final long downloadId;

    ReleaseBytes(BlobStore blobs, DownloadDesk desk, String blobKey, ByteRange range, long fileSize, long downloadId) {
        this.blobs = blobs;
        this.desk = desk;
        this.blobKey = blobKey;
        this.range = range;
        this.fileSize = fileSize;
        this.downloadId = downloadId;
    }

    @Override
    public void write(OutputStream client) throws IOException {
        long sent = 0;
        boolean delivered = false;
        try (InputStream file = blobs.open(blobKey, range.start(), range.length())) {
            byte[] buffer = new byte[(int) Math.min(BUFFER_BYTES, Math.max(1, range.length()))];
            while (sent < range.length()) {
                int read = file.read(buffer, 0, (int) Math.min(buffer.length, range.length() - sent));
                if (read < 0) {
                    throw new IOException("The stored file ended " + (range.length() - sent) + " bytes early");
                }
                client.write(buffer, 0, read);
                sent += read;
            }
            client.flush();
            delivered = true;
        } finally {
            // A client gone mid-way: its bytes are recorded, and the row is not complete.
            desk.end(downloadId, sent, fileSize, delivered);
        }
    }
}
