package com.mastertrade.shared.http;

import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Which calls take an {@code Idempotency-Key} header (ADR 0012): every POST of the store and operator APIs
 * except {@code /auth/...} (a replayed sign-in would hand out a token kept in the database), the licence API
 * {@code /license/...} (WinDev programs, answers signed for the nonce of each call) and the providers' webhooks
 * (settled once per event id). One rule for the filter that honours the header and for the OpenAPI document, so
 * the two cannot disagree.
 */
public final class IdempotentCalls {

    public static final String HEADER = "Idempotency-Key";
    /** Set to {@code true} on an answer that is the stored answer to an earlier request with the same key. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    static final String PARAMETER = "IdempotencyKey";
    private static final List<String> EXCLUDED = List.of("/auth/", "/license/", "/payments/webhook/");
    private static final List<String> API_ROOTS = List.of("/operator/api/", "/api/");

    private IdempotentCalls() {}

    /**
     * Whether a call takes an {@code Idempotency-Key}: every POST but sign-in, the licence API and webhooks.
     *
     * @param method the HTTP method
     * @param apiPath the path below the API's root ({@code /api}), e.g. {@code /orders/12/checkout}
     */
    public static boolean covers(String method, String apiPath) {
        String path = "/" + apiPath.replaceAll("/+", "/").replaceFirst("^/", "");
        return "POST".equalsIgnoreCase(method) && EXCLUDED.stream().noneMatch(path::startsWith);
    }

    /** Declares the header once and names it in every covered operation of the document. */
    static void document(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addParameter(PARAMETER, parameter());
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            Operation post = item.getPOST();
            if (post != null && apiPath(path).filter(p -> covers("POST", p)).isPresent() && !namesTheHeader(post)) {
                post.addParameter(OASFactory.createParameter().ref(PARAMETER));
            }
        });
    }

    /** The document's path below its API root: {@code /api/orders} and {@code /operator/api/tenants} alike. */
    static Optional<String> apiPath(String documentPath) {
        return API_ROOTS.stream()
                .filter(documentPath::startsWith)
                .findFirst()
                .map(root -> documentPath.substring(root.length() - 1));
    }

    private static boolean namesTheHeader(Operation operation) {
        return operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(p -> HEADER.equals(p.getName())
                                || (p.getRef() != null && p.getRef().endsWith("/" + PARAMETER)));
    }

    private static Parameter parameter() {
        return OASFactory.createParameter()
                .name(HEADER)
                .in(Parameter.In.HEADER)
                .required(false)
                .description("Makes a retry safe, as Stripe's header does: a unique value per action (a UUID). "
                        + "The same key with the same body within 24 h answers the first answer again (status, body, "
                        + "Location; with " + REPLAYED_HEADER + ": true) and changes nothing. The same key with "
                        + "another body or path: 422 IDEMPOTENCY_KEY_REUSED; while the first request still runs: "
                        + "409 IDEMPOTENCY_KEY_IN_USE (retry shortly); not 1 to 255 printable ASCII characters: "
                        + "400 IDEMPOTENCY_KEY_INVALID. Keys belong to the signed-in caller. 4xx answers are kept "
                        + "and replayed (not 429); a 5xx answer is not, so a retry runs again (except a 503 that "
                        + "names what it created in Location).")
                .schema(OASFactory.createSchema()
                        .type(Schema.SchemaType.STRING)
                        .minLength(1)
                        .maxLength(255)
                        .pattern("^[\\x20-\\x7E]+$")
                        .example("5f0c8e2a-2b1e-4d8e-9a57-0d2f1c9b7e41"));
    }
}
