package com.mastertrade.web.delivery;

import com.mastertrade.delivery.Upload;
import java.time.Instant;

/**
 * An upload's bookkeeping: {@code receiving} while bytes arrive (tus HEAD tells the offset), {@code stored} once
 * complete, with the size and SHA-256 the server computed; {@code file_name} is the sanitised name.
 */
public record UploadView(
        String id,
        String fileName,
        long declaredSize,
        String status,
        Long size,
        String sha256,
        Instant createdAt,
        Instant storedAt) {

    static UploadView of(Upload upload) {
        return new UploadView(
                upload.id(),
                upload.fileName(),
                upload.declaredSize(),
                upload.status(),
                upload.blob().map(blob -> blob.size()).orElse(null),
                upload.blob().map(blob -> blob.sha256()).orElse(null),
                upload.createdAt(),
                upload.storedAt());
    }
}
