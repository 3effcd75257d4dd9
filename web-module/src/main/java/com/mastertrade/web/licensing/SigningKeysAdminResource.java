package com.mastertrade.web.licensing;

import com.mastertrade.licensing.signing.SignatureAlgorithm;
import com.mastertrade.licensing.signing.SigningKeys;
import com.mastertrade.web.shared.CurrentRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/signing-keys")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@SecurityRequirement(name = "jwt")
@Tag(name = "Admin")
public class SigningKeysAdminResource {

    @Inject
    SigningKeys signingKeys;

    @Inject
    CurrentRequest current;

    @POST
    @Path("/{algorithm}/rotate")
    @Operation(
            summary = "Replace the active signing key of an algorithm (rsa-sha256, ed25519) with a new one; "
                    + "the old key signs no more but stays in /api/license/keys")
    public SigningKeyView rotate(@PathParam("algorithm") String algorithm) {
        return SigningKeyView.of(signingKeys.rotate(SignatureAlgorithm.named(algorithm), current.actor()));
    }
}
