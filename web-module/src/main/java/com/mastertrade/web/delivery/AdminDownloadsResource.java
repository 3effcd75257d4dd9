package com.mastertrade.web.delivery;

import com.mastertrade.delivery.download.DownloadFilter;
import com.mastertrade.delivery.download.DownloadLog;
import com.mastertrade.shared.InvalidInputException;
import com.mastertrade.shared.Page;
import com.mastertrade.shared.PageRequest;
import com.mastertrade.shared.http.WholeNumbers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/downloads")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"support", "admin"})
@SecurityRequirement(name = "jwt")
@Tag(name = "Admin")
public class AdminDownloadsResource {

    @Inject
    DownloadLog log;

    @GET
    @Operation(
            summary = "The store's downloads, the latest first: ?user_id ?license_id ?release_id ?complete "
                    + "?from ?to (ISO instants or dates, UTC; to excluded) ?page ?size")
    public Page<DownloadView> list(
            @QueryParam("user_id") String userId,
            @QueryParam("license_id") String licenseId,
            @QueryParam("release_id") String releaseId,
            @QueryParam("complete") String complete,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        DownloadFilter filter = new DownloadFilter(
                id("user_id", userId),
                id("license_id", licenseId),
                id("release_id", releaseId),
                given(complete).map(AdminDownloadsResource::flag),
                given(from).map(text -> instant("from", text)),
                given(to).map(text -> instant("to", text)));
        return log.page(filter, PageRequest.parse(page, size)).map(DownloadView::of);
    }

    private static Optional<String> given(String text) {
        return Optional.ofNullable(text).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static Optional<Long> id(String field, String text) {
        return given(text).map(value -> WholeNumbers.parse(field, value));
    }

    private static boolean flag(String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInputException("complete", "complete is true or false");
        };
    }

    private static Instant instant(String field, String text) {
        try {
            return text.length() == 10
                    ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    field, field + " is a date (2026-12-03) or an instant (2026-12-03T10:00:00Z)");
        }
    }
}
