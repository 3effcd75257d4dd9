package com.mastertrade.web.licensing;

import com.mastertrade.licensing.signing.SigningKey;
import java.util.List;

/** A public key as the keys list shows it: {@code {kid, algorithm, public_key_pem, status}}. */
public record SigningKeyView(String kid, String algorithm, String publicKeyPem, String status) {

    public static SigningKeyView of(SigningKey key) {
        return new SigningKeyView(key.kid(), key.algorithm().apiName(), key.publicKeyPem(), key.status());
    }

    /** {@code {"keys": [...]}}, active keys first. */
    public record Keys(List<SigningKeyView> keys) {}
}
