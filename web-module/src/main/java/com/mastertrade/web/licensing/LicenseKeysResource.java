package com.mastertrade.web.licensing;

import com.mastertrade.licensing.signing.SigningKeys;
import com.mastertrade.shared.NotFoundException;
import com.mastertrade.shared.tenant.TenantContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/license/keys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Licence API")
@SignedAnswer
public class LicenseKeysResource {

    @Inject
    SigningKeys signingKeys;

    @GET
    @Operation(
            summary = "The store's public keys that verify Mastertrade-Signature: active and retired ones. "
                    + "Name the store by host, /t/{slug} or X-Tenant; this answer is signed too")
    public SigningKeyView.Keys keys() {
        if (TenantContext.current().isEmpty()) {
            throw new NotFoundException(
                    "TENANT_NOT_FOUND",
                    "No store named: use the store's address, a /t/{slug}/ prefix or the X-Tenant header");
        }
        return new SigningKeyView.Keys(
                signingKeys.publicKeys().stream().map(SigningKeyView::of).toList());
    }
}
