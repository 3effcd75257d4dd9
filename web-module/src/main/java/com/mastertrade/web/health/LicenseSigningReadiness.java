package com.mastertrade.web.health;

import com.mastertrade.licensing.signing.AnswerSigner;
import com.mastertrade.licensing.signing.SignatureAlgorithm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Which code signs licence answers, for operators: {@code AmazonCorrettoCryptoProvider} (native) where its
 * library loads, else {@code SunRsaSign} and {@code BouncyCastle} (Java, about three times slower, ADR 0008).
 * Always up: both sign the same bytes; the start-up log says why the native one did not load.
 */
@Readiness
@ApplicationScoped
public class LicenseSigningReadiness implements HealthCheck {

    @Inject
    AnswerSigner signer;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder check =
                HealthCheckResponse.named("license-signing").up();
        for (SignatureAlgorithm algorithm : SignatureAlgorithm.values()) {
            check.withData(algorithm.apiName(), signer.signedBy(algorithm));
        }
        return check.build();
    }
}
