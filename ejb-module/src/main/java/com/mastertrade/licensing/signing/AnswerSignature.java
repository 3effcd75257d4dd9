package com.mastertrade.licensing.signing;

import java.util.Base64;
import java.util.Map;
import java.util.Objects;

/**
 * What the {@code Mastertrade-Signature} header of an answer says: which key signed it, with which algorithm,
 * and the signature over the exact bytes of the body:
 * {@code keyid="rsa-20261124-1a2b3c4d", algorithm="rsa-sha256", signature="<base64>"}.
 */
@SuppressWarnings("ArrayRecordComponent") // a carrier of bytes, never compared or used as a key
public record AnswerSignature(String kid, SignatureAlgorithm algorithm, byte[] signature) {

    public static final String HEADER = "Mastertrade-Signature";
    /** The request header that asks for another algorithm than the default: {@code algorithm="ed25519"}. */
    public static final String ACCEPT_HEADER = "Mastertrade-Accept-Signature";

    public AnswerSignature {
        Objects.requireNonNull(kid, "Key id is required.");
        Objects.requireNonNull(algorithm, "Algorithm is required.");
        signature = Objects.requireNonNull(signature, "Signature is required.").clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    public String headerValue() {
        return "keyid=\"" + kid + "\", algorithm=\"" + algorithm.apiName() + "\", signature=\""
                + Base64.getEncoder().encodeToString(signature) + "\"";
    }

    /** Reads a header value as {@link #headerValue()} writes it. */
    public static AnswerSignature parse(String headerValue) {
        Map<String, String> parameters = HeaderParameters.parse(headerValue);
        String kid = parameters.get("keyid");
        String algorithm = parameters.get("algorithm");
        String signature = parameters.get("signature");
        if (kid == null || algorithm == null || signature == null) {
            throw new IllegalArgumentException("keyid, algorithm and signature are required: " + headerValue);
        }
        return new AnswerSignature(
                kid,
                SignatureAlgorithm.fromApiName(algorithm)
                        .orElseThrow(() -> new IllegalArgumentException("Unknown algorithm " + algorithm)),
                Base64.getDecoder().decode(signature));
    }
}
