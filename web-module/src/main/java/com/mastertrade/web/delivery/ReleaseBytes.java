package com.mastertrade.web.delivery;

import com.mastertrade.delivery.download.ByteRange;
import com.mastertrade.delivery.download.DownloadDesk;
import com.mastertrade.delivery.storage.BlobStore;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.logging.Logger;

/**
 * A range of a release's file on its way to the client, through one fixed buffer whatever the file's size.
 * When the bytes stop, well or because the client went away, the download log gets the bytes written to the
 * connection; only the requests that delivered every byte of the file are complete.
 */
final class ReleaseBytes implements StreamingOutput {

    /** Big enough that a gigabyte is a few thousand writes, small enough that many streams stay cheap. */
    static final int BUFFER_BYTES = 256 * 1024;

    private static final Logger LOG = Logger.getLogger(ReleaseBytes.class.getName());

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
                if (!delivered(client, buffer, read)) {
                    return;
                }
                sent += read;
            }
            delivered = delivered(client, buffer, 0);
        } finally {
            desk.end(downloadId, sent, fileSize, delivered);
        }
    }

    /**
     * Writes to the client (and flushes after the last bytes); false when the client has gone away, which is
     * how downloads often end and no error of ours: the log says it, the server log does not need a trace.
     */
    private boolean delivered(OutputStream client, byte[] buffer, int length) {
        try {
            if (length > 0) {
                client.write(buffer, 0, length);
            } else {
                client.flush();
            }
            return true;
        } catch (IOException gone) {
            LOG.fine(() -> "Download " + downloadId + ": the client went away (" + gone.getMessage() + ")");
            return false;
        }
    }
}
