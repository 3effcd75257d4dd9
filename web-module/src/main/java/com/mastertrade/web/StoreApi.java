package com.mastertrade.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.Dependent;
import jakarta.ws.rs.ApplicationPath;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/** The store's JSON API, authenticated with bearer JWTs that MicroProfile JWT verifies. */
// A CDI bean (@Dependent: no proxy) so that MicroProfile JWT sees @LoginConfig.
@Dependent
@ApplicationPath("/api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Mastertrade store API",
                        version = "1.0",
                        description =
                                "The API of a Mastertrade store. Name the store by its host, a /t/{slug} prefix before "
                                        + "/api, or an X-Tenant header. Errors: {\"error\": {\"code\", \"message\", \"field\"}}. "
                                        + "A body is exactly one JSON value (else 400 MALFORMED_JSON); a value of the wrong "
                                        + "JSON type or a control character in any text or parameter is 422 VALIDATION_FAILED "
                                        + "with the field (prices[0].currency). An id of something that is not yours is 404 "
                                        + "before the rest of the call is checked."))
@SecurityScheme(securitySchemeName = "jwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({"user", "support", "admin", "superadmin"})
public class StoreApi extends ResourceConfig {

    public StoreApi() {
        packages("com.mastertrade.web", "com.mastertrade.shared.http", "com.mastertrade.idempotency");
        // No WADL: /api/application.wadl and OPTIONS would describe every resource to anyone (OPTIONS still
        // answers, with an Allow header and no description). The OpenAPI document is the published contract.
        property(ServerProperties.WADL_FEATURE_DISABLE, true);
    }
}
