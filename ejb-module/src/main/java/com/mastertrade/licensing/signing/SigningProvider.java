package com.mastertrade.licensing.signing;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Which code signs licence answers. Amazon Corretto Crypto Provider (ACCP: AWS-LC, native) when its library
 * loads on this machine, about three times faster than the JDK for RSA-2048 and than BouncyCastle for Ed25519;
 * otherwise the JDK signs RSA and BouncyCastle Ed25519, as before it (ADR 0008). Both algorithms are
 * deterministic (PKCS#1 v1.5, RFC 8032): whichever code signs, one key and one body give the same bytes.
 *
 * <p>ACCP is asked for by name for our own signatures only, never installed among the JVM's providers, where it
 * would also serve Payara's TLS and every other application of the server.
 */
public final class SigningProvider {

    private static final Logger LOG = Logger.getLogger(SigningProvider.class.getName());

    /** Without a native provider: the JDK signs RSA, BouncyCastle Ed25519. */
    static final SigningProvider JAVA = new SigningProvider(null);

    /** The native provider; null when Java code signs everything. */
    private final Provider nativeProvider;

    private SigningProvider(Provider nativeProvider) {
        this.nativeProvider = nativeProvider;
    }

    /** ACCP where it loads, else {@link #JAVA}; decided once per application, and said in one log line. */
    public static SigningProvider preferred() {
        return Preferred.CHOICE;
    }

    /** Signs with {@code provider} the algorithms it has, the others in Java. */
    static SigningProvider using(Provider provider) {
        return new SigningProvider(Objects.requireNonNull(provider, "Provider is required."));
    }

    /**
     * {@link #using} ACCP when its native library loaded and passed its self-tests, else {@link #JAVA}; the log
     * line says which code signs, and why not ACCP when it does not.
     */
    static SigningProvider choose(NativeLibrary accp) {
        Optional<String> unavailable = accp.whyUnavailable();
        SigningProvider choice = unavailable.isPresent() ? JAVA : using(accp.provider());
        Level level = unavailable.isPresent() ? Level.WARNING : Level.INFO;
        LOG.log(
                level,
                () -> "Licence answers are signed by " + choice.describe()
                        + unavailable
                                .map(why -> "; Amazon Corretto Crypto Provider is not used: " + why)
                                .orElse(""));
        return choice;
    }

    /** A provider whose library is native: why it cannot be used here, if it cannot. */
    interface NativeLibrary {
        Optional<String> whyUnavailable();

        Provider provider();
    }

    /** The provider's name that signs {@code algorithm}: {@code AmazonCorrettoCryptoProvider}, {@code SunRsaSign}… */
    public String nameFor(SignatureAlgorithm algorithm) {
        return supportsNatively(algorithm) ? nativeProvider.getName() : algorithm.javaSignerName();
    }

    /** A signer of {@code algorithm} with {@code key}; safe to share between threads. */
    SignatureAlgorithm.Signer signer(SignatureAlgorithm algorithm, PrivateKey key) {
        if (!supportsNatively(algorithm)) {
            return algorithm.javaSigner(key);
        }
        PrivateKey nativeKey = translated(algorithm, key);
        return new SignaturePool(() -> {
            Signature signature = Signature.getInstance(algorithm.jdkSignatureName(), nativeProvider);
            signature.initSign(nativeKey);
            return signature;
        });
    }

    private boolean supportsNatively(SignatureAlgorithm algorithm) {
        return nativeProvider != null && nativeProvider.getService("Signature", algorithm.jdkSignatureName()) != null;
    }

    /**
     * The key in the provider's own form, made once here rather than at each signature. ACCP registers no
     * Ed25519 key factory by default: its signatures translate that key once each, when they are made ready.
     */
    private PrivateKey translated(SignatureAlgorithm algorithm, PrivateKey key) {
        if (nativeProvider.getService("KeyFactory", algorithm.keyAlgorithm()) == null) {
            return key;
        }
        try {
            return (PrivateKey) KeyFactory.getInstance(algorithm.keyAlgorithm(), nativeProvider)
                    .translateKey(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    nativeProvider.getName() + " refused a " + algorithm.apiName() + " private key", e);
        }
    }

    /** {@code AmazonCorrettoCryptoProvider 2.5.0 (rsa-sha256, ed25519)}: who signs what, versions included. */
    private String describe() {
        Map<String, List<String>> algorithmsBySigner = new LinkedHashMap<>();
        for (SignatureAlgorithm algorithm : SignatureAlgorithm.values()) {
            String signer = supportsNatively(algorithm)
                    ? nativeProvider.getName() + " " + nativeProvider.getVersionStr()
                    : nameFor(algorithm);
            algorithmsBySigner.computeIfAbsent(signer, s -> new ArrayList<>()).add(algorithm.apiName());
        }
        return algorithmsBySigner.entrySet().stream()
                .map(signer -> signer.getKey() + " (" + String.join(", ", signer.getValue()) + ")")
                .collect(Collectors.joining(" and "));
    }

    /** Chosen when first asked, that is when the first store's keys are opened at start-up. */
    private static final class Preferred {
        static final SigningProvider CHOICE = choose(new Accp());
    }

    /** The Linux x86-64 build of ACCP: it extracts its library to {@code java.io.tmpdir} and loads it from there. */
    private static final class Accp implements NativeLibrary {

        @Override
        public Optional<String> whyUnavailable() {
            try {
                Throwable error = AmazonCorrettoCryptoProvider.INSTANCE.getLoadingError();
                if (error != null) {
                    return Optional.of("its native library did not load (" + causes(error) + ")");
                }
                AmazonCorrettoCryptoProvider.INSTANCE.assertHealthy();
                return Optional.empty();
            } catch (RuntimeException | LinkageError e) {
                return Optional.of("it failed to start (" + causes(e) + ")");
            }
        }

        @Override
        public Provider provider() {
            return AmazonCorrettoCryptoProvider.INSTANCE;
        }

        /** Each cause and the errors it suppressed (the loader tries two ways), on one line. */
        private static String causes(Throwable error) {
            StringBuilder text = new StringBuilder(String.valueOf(error));
            for (Throwable suppressed : error.getSuppressed()) {
                text.append("; then ").append(suppressed);
            }
            if (error.getCause() != null && error.getCause() != error) {
                text.append("; caused by ").append(causes(error.getCause()));
            }
            return text.toString();
        }
    }
}
