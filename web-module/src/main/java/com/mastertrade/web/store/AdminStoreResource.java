package com.mastertrade.web.store;

import com.mastertrade.shared.InvalidInputException;
import com.mastertrade.shared.http.MultiLine;
import com.mastertrade.shared.tenant.TenantContext;
import com.mastertrade.tenancy.StoreBranding;
import com.mastertrade.tenancy.Tenants;
import com.mastertrade.web.shared.CurrentRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The reseller sets the look of their store; audited ({@code store.rebranded}). */
@Path("/admin/store")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@SecurityRequirement(name = "jwt")
@Tag(name = "Admin")
public class AdminStoreResource {

    @Inject
    Tenants tenants;

    @Inject
    CurrentRequest current;

    /** {@code {"branding": {...}}}: the whole branding, replacing the one before (a key left out is removed). */
    public record StoreRequest(BrandingRequest branding) {}

    /** The keys of {@link StoreBranding}; the footer and the legal texts may hold several lines. */
    public record BrandingRequest(
            String logoUrl,
            String faviconUrl,
            String primaryColor,
            String accentColor,
            String tagline,
            @MultiLine String footerText,
            String contactEmail,
            String contactPhone,
            @MultiLine String terms,
            @MultiLine String privacy) {

        Map<String, String> values() {
            Map<String, String> values = new HashMap<>();
            values.put("logo_url", logoUrl);
            values.put("favicon_url", faviconUrl);
            values.put("primary_color", primaryColor);
            values.put("accent_color", accentColor);
            values.put("tagline", tagline);
            values.put("footer_text", footerText);
            values.put("contact_email", contactEmail);
            values.put("contact_phone", contactPhone);
            values.put("terms", terms);
            values.put("privacy", privacy);
            return values;
        }
    }

    @PUT
    @Operation(
            summary = "Set the store's branding: logo_url and favicon_url (https), primary_color and accent_color "
                    + "(#rrggbb), tagline, footer_text, contact_email, contact_phone, terms and privacy (the legal "
                    + "pages' texts); 422 naming the key that is unknown or invalid")
    public StoreView update(StoreRequest body) {
        if (body == null || body.branding() == null) {
            throw new InvalidInputException("branding", "branding {...} is required");
        }
        StoreBranding branding = StoreBranding.of(body.branding().values());
        return StoreView.of(
                tenants.rebrand(TenantContext.require(), branding, current.actor())
                        .toRef(),
                branding);
    }
}
