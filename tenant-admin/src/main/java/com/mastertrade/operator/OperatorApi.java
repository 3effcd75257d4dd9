package com.mastertrade.operator;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.Dependent;
import jakarta.ws.rs.ApplicationPath;
import org.eclipse.microprofile.auth.LoginConfig;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/** The operators' JSON API under {@code /operator/api}, for the Mastertrade team and its scripts. */
// A CDI bean (@Dependent: no proxy) so that MicroProfile JWT sees @LoginConfig.
@Dependent
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({"superadmin"})
public class OperatorApi extends ResourceConfig {

    public OperatorApi() {
        packages("com.mastertrade.operator", "com.mastertrade.shared.http", "com.mastertrade.idempotency");
        // No WADL: /api/application.wadl and OPTIONS would describe every resource to anyone (OPTIONS still
        // answers, with an Allow header and no description). The OpenAPI document is the published contract.
        property(ServerProperties.WADL_FEATURE_DISABLE, true);
    }
}
