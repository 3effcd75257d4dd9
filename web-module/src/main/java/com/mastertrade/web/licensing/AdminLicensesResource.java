package com.mastertrade.web.licensing;

import static com.mastertrade.shared.http.Bodies.require;
import static com.mastertrade.shared.http.WholeNumbers.count;
import static com.mastertrade.shared.http.WholeNumbers.whole;
import static com.mastertrade.web.shared.Owned.Kind.LICENSE;

import com.mastertrade.catalog.LicenseType;
import com.mastertrade.catalog.Products;
import com.mastertrade.identity.Users;
import com.mastertrade.licensing.LicenseFilter;
import com.mastertrade.licensing.LicenseLifecycle;
import com.mastertrade.licensing.LicenseStatus;
import com.mastertrade.licensing.Licenses;
import com.mastertrade.shared.InvalidInputException;
import com.mastertrade.shared.Page;
import com.mastertrade.shared.PageRequest;
import com.mastertrade.shared.http.MultiLine;
import com.mastertrade.shared.http.WholeNumbers;
import com.mastertrade.web.shared.CurrentRequest;
import com.mastertrade.web.shared.Owned;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/licenses")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@SecurityRequirement(name = "jwt")
@Tag(name = "Admin")
public class AdminLicensesResource {

    @Inject
    Licenses licenses;

    @Inject
    LicenseLifecycle lifecycle;

    @Inject
    Products products;

    @Inject
    Users users;

    @Inject
    CurrentRequest current;

    /** {@code POST /api/admin/licenses}: the product's terms unless the body overrides them. */
    public record Issue(
            BigDecimal productId, BigDecimal userId, String type, BigDecimal maxActivations, String expiryDate) {}

    @POST
    @Operation(
            summary = "Issue a licence of a product, on its terms (type, max_activations and expiry_date may be"
                    + " overridden; expiry_date is an ISO-8601 instant, or a date: the licence then runs through"
                    + " that day, UTC)")
    public Response issue(Issue body, @Context UriInfo uri) {
        require(body);
        if (body.productId() == null) {
            throw new InvalidInputException("product_id", "product_id is required");
        }
        long productId = whole("product_id", body.productId());
        Long userId = body.userId() == null
                ? null
                : users.get(whole("user_id", body.userId()), current.caller()).id();
        Integer maxActivations = count("max_activations", body.maxActivations());
        LicenseType type = body.type() == null ? null : LicenseType.fromApiName(body.type());
        Instant expiry = body.expiryDate() == null ? null : expiryDate(body.expiryDate());
        LicenseView license =
                LicenseView.of(lifecycle.issue(productId, userId, type, maxActivations, expiry, current.actor()));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(license.id()))
                        .build())
                .entity(license)
                .build();
    }

    /** An instant as written, or a date: the licence then runs through that day (UTC). */
    private static Instant expiryDate(String written) {
        try {
            return written.contains("T")
                    ? Instant.parse(written)
                    : LocalDate.parse(written)
                            .plusDays(1)
                            .atStartOfDay(ZoneOffset.UTC)
                            .toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    "expiry_date", "expiry_date is an ISO-8601 instant (2027-06-30T23:59:59Z) or date (2027-06-30)");
        }
    }

    /** The body of the revoke and suspend actions. */
    public record Reason(@MultiLine String reason) {}

    /** The body of the renew action; without days, the product's duration. */
    public record Renewal(BigDecimal days) {}

    @POST
    @Path("/{id}/revoke")
    @Operation(summary = "Revoke a licence for good (the reason goes to the audit log); its devices get REVOKED")
    public LicenseView revoke(@PathParam("id") @Owned(LICENSE) long id, Reason body) {
        return LicenseView.of(lifecycle.revoke(id, require(body).reason(), current.actor()));
    }

    @POST
    @Path("/{id}/suspend")
    @Operation(summary = "Suspend a licence until reinstated; its devices get SUSPENDED")
    public LicenseView suspend(@PathParam("id") @Owned(LICENSE) long id, Reason body) {
        return LicenseView.of(lifecycle.suspend(id, require(body).reason(), current.actor()));
    }

    @POST
    @Path("/{id}/reinstate")
    @Operation(summary = "Reinstate a suspended licence")
    public LicenseView reinstate(@PathParam("id") @Owned(LICENSE) long id) {
        return LicenseView.of(lifecycle.reinstate(id, current.actor()));
    }

    @POST
    @Path("/{id}/renew")
    @Operation(
            summary =
                    "Extend a licence by days (default: the product's duration), from its expiry or from now if expired")
    public LicenseView renew(@PathParam("id") @Owned(LICENSE) long id, Renewal body) {
        Integer days = body == null ? null : count("days", body.days());
        if (days != null && (days < 1 || days > 36_500)) {
            throw new InvalidInputException("days", "days is 1 to 36500");
        }
        return LicenseView.of(lifecycle.renew(id, days, current.actor()));
    }

    @GET
    @RolesAllowed({"admin", "support"})
    @Operation(
            summary =
                    "The store's licences, newest first: ?status ?product_id ?user_id ?key (its beginning) ?page ?size")
    public Page<LicenseView> list(
            @QueryParam("status") String status,
            @QueryParam("product_id") String productId,
            @QueryParam("user_id") String userId,
            @QueryParam("key") String key,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        LicenseFilter filter = new LicenseFilter(
                Optional.ofNullable(status).filter(s -> !s.isBlank()).map(AdminLicensesResource::status),
                Optional.ofNullable(productId).filter(p -> !p.isBlank()).map(p -> WholeNumbers.parse("product_id", p)),
                Optional.ofNullable(userId).filter(u -> !u.isBlank()).map(u -> WholeNumbers.parse("user_id", u)),
                Optional.ofNullable(key));
        return licenses.page(filter, PageRequest.parse(page, size)).map(LicenseView::of);
    }

    private static LicenseStatus status(String name) {
        try {
            return LicenseStatus.fromApiName(name.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "status is active, expired, revoked, trial or suspended");
        }
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"admin", "support"})
    @Operation(summary = "A licence of the store")
    public LicenseView get(@PathParam("id") @Owned(LICENSE) long id) {
        return LicenseView.of(licenses.get(id));
    }
}
