package com.mastertrade.shared.http;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/** Titles the document: for an EAR, Payara replaces the title of {@code @OpenAPIDefinition} with its own. */
public class OpenApiCleanup implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getInfo().setTitle("Mastertrade API");
        openAPI.getInfo().setVersion("1.0");
    }
}
