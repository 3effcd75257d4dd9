package com.mastertrade.delivery;

import com.mastertrade.delivery.storage.BlobKeys;
import com.mastertrade.delivery.storage.BlobStore;
import com.mastertrade.delivery.storage.Folders;
import com.mastertrade.delivery.storage.StoredBlob;
import com.mastertrade.shared.Actor;
import com.mastertrade.shared.MastertradeException;
import com.mastertrade.shared.NotFoundException;
import com.mastertrade.shared.tenant.TenantContext;
import com.mastertrade.shared.tenant.TenantRef;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import me.desair.tus.server.HttpHeader;
import me.desair.tus.server.TusFileUploadService;
import me.desair.tus.server.exception.TusException;
import me.desair.tus.server.upload.UploadInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Receives installers with the tus 1.0 resumable upload protocol (tus-java-server), each store in its own
 * folder under {@code MT_UPLOAD_DIR} ({@code $MT_HOME/uploads}). An upload longer than
 * {@code MT_UPLOAD_MAX_BYTES} is refused (413) before any byte is kept. When the last byte has arrived the file
 * moves into the {@link BlobStore}, its size and SHA-256 computed on the way, and the upload is
 * {@link Uploads#store stored}. Bytes travel outside any transaction.
 */
@ApplicationScoped
public class UploadReception {

    /** Where the uploads are, below the store API's root; the tus Location is this plus the upload's id. */
    public static final String PATH = "/api/admin/uploads";
    /** 4 GiB. */
    public static final long DEFAULT_MAX_BYTES = 4L * 1024 * 1024 * 1024;
    /** An upload nobody touched for this long is abandoned. */
    public static final Duration ABANDONED_AFTER = Duration.ofDays(1);

    private static final String BYTES = "application/offset+octet-stream";

    private static final Logger LOG = Logger.getLogger(UploadReception.class.getName());

    @Inject
    @ConfigProperty(name = "mt.upload-max-bytes", defaultValue = "" + DEFAULT_MAX_BYTES)
    long maxBytes;

    @Inject
    @ConfigProperty(name = "mt.upload-dir")
    Optional<String> uploadDir;

    @Inject
    @ConfigProperty(name = "mt.home")
    Optional<String> home;

    @Inject
    Uploads uploads;

    @Inject
    BlobStore blobs;

    private Path root;
    private final Map<String, TusFileUploadService> services = new ConcurrentHashMap<>();

    @PostConstruct
    void locate() {
        root = Folders.of(uploadDir, home, "uploads");
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * One tus request of the current store (POST creates, HEAD tells the offset, PATCH appends, DELETE
     * cancels, OPTIONS describes), answered as status and headers; a refusal is thrown in the API's shape.
     */
    public TusAnswer receive(HttpServletRequest request, HttpServletResponse response, Actor actor) {
        String method = request.getMethod();
        if ("POST".equals(method)) {
            checkCreation(request);
        } else if ("PATCH".equals(method) && !isOctets(request.getContentType())) {
            throw new MastertradeException(415, "UNSUPPORTED_MEDIA_TYPE", "Send the bytes as Content-Type: " + BYTES);
        }
        TusFileUploadService tus = service();
        TusAnswer answer = new TusAnswer(response);
        String owner = owner();
        try {
            tus.process(new PlainTusRequest(request), answer, owner);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        refuseIfFailed(answer);
        try {
            if ("POST".equals(method)) {
                begin(tus, answer, actor);
            } else if ("PATCH".equals(method) || "HEAD".equals(method)) {
                storeIfComplete(tus, request.getRequestURI(), actor);
            } else if ("DELETE".equals(method)) {
                uploads.forget(idOf(request.getRequestURI()), actor, "cancelled");
            }
        } catch (IOException | TusException e) {
            LOG.log(Level.WARNING, "Upload " + request.getRequestURI() + " could not be completed", e);
            throw new MastertradeException(
                    500, "UPLOAD_NOT_STORED", "The upload's bytes could not be stored; send HEAD again to retry");
        }
        return answer;
    }

    /** tus's type of a PATCH body, with or without parameters. */
    static boolean isOctets(String contentType) {
        return contentType != null && contentType.split(";", 2)[0].strip().equalsIgnoreCase(BYTES);
    }

    /** Refused before the protocol keeps anything: no length, a length over the limit, a bad checksum. */
    private void checkCreation(HttpServletRequest request) {
        String length = request.getHeader(HttpHeader.UPLOAD_LENGTH);
        if (length == null) {
            throw new MastertradeException(
                    400,
                    "UPLOAD_LENGTH_REQUIRED",
                    "Say the file's size in Upload-Length (deferred lengths are not taken)");
        }
        long declared;
        try {
            declared = Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            throw new MastertradeException(400, "BAD_UPLOAD_LENGTH", "Upload-Length is a number of bytes");
        }
        if (declared < 0) {
            throw new MastertradeException(400, "BAD_UPLOAD_LENGTH", "Upload-Length is a number of bytes");
        }
        if (declared > maxBytes) {
            throw new MastertradeException(
                    413, "UPLOAD_TOO_LARGE", "An upload is at most " + maxBytes + " bytes, not " + declared);
        }
    }

    private void begin(TusFileUploadService tus, TusAnswer answer, Actor actor) throws IOException, TusException {
        String location = answer.headers().get(HttpHeader.LOCATION);
        UploadInfo info = tus.getUploadInfo(location, owner());
        String id = idOf(location);
        try {
            Map<String, String> metadata = info.getMetadata();
            uploads.begin(id, info.getFileName(), info.getLength(), metadata.get("sha256"), actor);
        } catch (RuntimeException e) {
            tus.deleteUpload(location, owner());
            throw e;
        }
    }

    /**
     * Moves a complete upload's bytes into the blob store, once. A client that asks again (HEAD, or the last
     * PATCH repeated) after a failure to store retries it.
     */
    private void storeIfComplete(TusFileUploadService tus, String uri, Actor actor) throws IOException, TusException {
        UploadInfo info = tus.getUploadInfo(uri, owner());
        if (info == null || info.isUploadInProgress()) {
            return;
        }
        String id = idOf(uri);
        Upload upload = uploads.find(id).orElseThrow(() -> unknownUpload(id));
        if (upload.isStored()) {
            return;
        }
        StoredBlob blob;
        try (InputStream bytes = tus.getUploadedBytes(uri, owner())) {
            blob = blobs.put(BlobKeys.newRelease(TenantContext.require().slug()), bytes);
        }
        boolean kept;
        try {
            kept = uploads.store(id, blob, actor);
        } catch (MastertradeException refused) {
            blobs.delete(blob.key());
            tus.deleteUpload(uri, owner());
            uploads.forget(id, actor, refused.code());
            throw refused;
        }
        if (!kept) {
            blobs.delete(blob.key());
        }
        tus.deleteUpload(uri, owner());
    }

    /**
     * Housekeeping of the current store: deletes the uploads begun over a day ago that are still unfinished
     * and untouched for a day, or finished and named by no release (their stored bytes too), then lets tus
     * sweep its folder of expired uploads and stale locks. Returns how many uploads went.
     */
    public int discardAbandoned(Instant now) throws IOException {
        boolean folder = Files.isDirectory(root.resolve(owner()));
        TusFileUploadService tus = folder ? service() : null;
        int discarded = 0;
        for (Upload upload : uploads.abandoned(now.minus(ABANDONED_AFTER))) {
            String uri = PATH + "/" + upload.id();
            UploadInfo info = tus == null ? null : bytesOf(tus, uri);
            if (!upload.isStored() && info != null && !info.isExpired()) {
                continue;
            }
            if (info != null) {
                deleteQuietly(tus, uri);
            }
            if (upload.isStored()) {
                blobs.delete(upload.blob().orElseThrow().key());
            }
            uploads.forget(upload.id(), Actor.SYSTEM, "abandoned");
            discarded++;
        }
        if (tus != null) {
            tus.cleanup();
        }
        return discarded;
    }

    private UploadInfo bytesOf(TusFileUploadService tus, String uri) throws IOException {
        try {
            return tus.getUploadInfo(uri, owner());
        } catch (TusException gone) {
            return null;
        }
    }

    private void deleteQuietly(TusFileUploadService tus, String uri) throws IOException {
        try {
            tus.deleteUpload(uri, owner());
        } catch (TusException gone) {
            // nothing left to delete
        }
    }

    private void refuseIfFailed(TusAnswer answer) {
        if (!answer.isError()) {
            return;
        }
        int status = answer.getStatus();
        throw switch (status) {
            case 0, 423 ->
                new MastertradeException(
                        423, "UPLOAD_BUSY", "Another request is writing this upload; try again in a moment");
            case 404, 410 -> new NotFoundException("UPLOAD_NOT_FOUND", "No such upload in this store");
            case 409 ->
                new MastertradeException(
                        409, "UPLOAD_OFFSET_MISMATCH", "Upload-Offset is not where the upload stands: ask HEAD first");
            case 412 ->
                new MastertradeException(
                        412, "TUS_VERSION_UNSUPPORTED", "Send Tus-Resumable: 1.0.0 (the only version served)");
            case 413 ->
                new MastertradeException(413, "UPLOAD_TOO_LARGE", "An upload is at most " + maxBytes + " bytes");
            case 415 ->
                new MastertradeException(415, "UNSUPPORTED_MEDIA_TYPE", "Send the bytes as Content-Type: " + BYTES);
            case Upload.CHECKSUM_MISMATCH_STATUS ->
                new MastertradeException(
                        Upload.CHECKSUM_MISMATCH_STATUS,
                        "CHECKSUM_MISMATCH",
                        "The bytes sent do not have the Upload-Checksum announced; they were not kept");
            case 405 -> new MastertradeException(405, "METHOD_NOT_ALLOWED", "This method is not served here");
            default ->
                status >= 500
                        ? new MastertradeException(500, "UPLOAD_FAILED", "The upload failed on our side; resume it")
                        : new MastertradeException(400, "BAD_UPLOAD_REQUEST", "The tus request is not valid here");
        };
    }

    /** The upload's id: the last segment of its URI. */
    static String idOf(String uri) {
        String path = uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static NotFoundException unknownUpload(String id) {
        return new NotFoundException("UPLOAD_NOT_FOUND", "No upload " + id + " in this store");
    }

    private TusFileUploadService service() {
        TenantRef store = TenantContext.require();
        return services.computeIfAbsent(
                store.slug().value(),
                slug -> new TusFileUploadService()
                        .withStoragePath(root.resolve(slug).toString())
                        .withUploadUri(PATH)
                        .withMaxUploadSize(maxBytes)
                        .withUploadExpirationPeriod(ABANDONED_AFTER.toMillis())
                        .disableTusExtension("concatenation"));
    }

    /** Uploads are the store's: one store's id is unknown in another's folder, and its owner key too. */
    private static String owner() {
        return TenantContext.require().slug().value();
    }

    /** The request as tus reads it, without a method override: the method is the one JAX-RS routed. */
    private static final class PlainTusRequest extends HttpServletRequestWrapper {

        PlainTusRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return HttpHeader.METHOD_OVERRIDE.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeader.METHOD_OVERRIDE.equalsIgnoreCase(name)
                    ? Collections.emptyEnumeration()
                    : super.getHeaders(name);
        }
    }
}
