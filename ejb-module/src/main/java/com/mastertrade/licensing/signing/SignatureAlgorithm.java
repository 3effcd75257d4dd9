package com.mastertrade.licensing.signing;

import com.mastertrade.shared.MastertradeException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/** How an answer is signed, by its name in the {@code Mastertrade-Signature} header. */
public enum SignatureAlgorithm {

    /** RSA-2048, PKCS#1 v1.5 with SHA-256: WinDev verifies it natively, so it is the default. */
    RSA_SHA256("rsa-sha256", "rsa", "RSA", "SHA256withRSA") {
        @Override
        KeyPair generateKeyPair() throws GeneralSecurityException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        }

        @Override
        Signer javaSigner(PrivateKey key) {
            return new SignaturePool(() -> {
                Signature rsa = Signature.getInstance(jdkSignatureName());
                rsa.initSign(key);
                return rsa;
            });
        }

        @Override
        String javaSignerName() {
            try {
                return Signature.getInstance(jdkSignatureName()).getProvider().getName();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("SHA256withRSA is part of every JDK", e);
            }
        }
    },

    /**
     * Ed25519 (RFC 8032) for clients that can verify it. Without a native provider, signed with BouncyCastle's
     * implementation, about fifteen times faster than the JDK's; Ed25519 is deterministic, so the signature is
     * the same bytes.
     */
    ED25519("ed25519", "ed25519", "Ed25519", "Ed25519") {
        @Override
        KeyPair generateKeyPair() throws GeneralSecurityException {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        }

        @Override
        @SuppressWarnings("deprecation") // the one overload that takes the derived public key (see below)
        Signer javaSigner(PrivateKey key) {
            byte[] seed = ((EdECPrivateKey) key)
                    .getBytes()
                    .orElseThrow(() -> new IllegalStateException("An Ed25519 key without its private bytes"));
            Ed25519PrivateKeyParameters privateKey = new Ed25519PrivateKeyParameters(seed);
            Arrays.fill(seed, (byte) 0);
            // Derived once here: left to sign(), it would be looked up under a lock at every signature.
            Ed25519PublicKeyParameters publicKey = privateKey.generatePublicKey();
            return body -> {
                byte[] signature = new byte[Ed25519PrivateKeyParameters.SIGNATURE_SIZE];
                privateKey.sign(Ed25519.Algorithm.Ed25519, publicKey, null, body, 0, body.length, signature, 0);
                return signature;
            };
        }

        @Override
        String javaSignerName() {
            return "BouncyCastle";
        }
    };

    /** What an answer is signed with when the request does not ask. */
    public static final SignatureAlgorithm DEFAULT = RSA_SHA256;

    /** The error code of a request for an algorithm we do not sign with. */
    public static final String UNSUPPORTED = "UNSUPPORTED_SIGNATURE_ALGORITHM";

    private static final String NAMES = "ask for algorithm=\"rsa-sha256\" (the default) or algorithm=\"ed25519\"";

    private static final Map<String, SignatureAlgorithm> BY_NAME =
            Map.of(RSA_SHA256.apiName, RSA_SHA256, ED25519.apiName, ED25519);

    private final String apiName;
    private final String kidPrefix;
    private final String keyAlgorithm;
    private final String jdkSignature;

    SignatureAlgorithm(String apiName, String kidPrefix, String keyAlgorithm, String jdkSignature) {
        this.apiName = apiName;
        this.kidPrefix = kidPrefix;
        this.keyAlgorithm = keyAlgorithm;
        this.jdkSignature = jdkSignature;
    }

    /** The name in headers and in the keys list: {@code rsa-sha256}, {@code ed25519}. */
    public String apiName() {
        return apiName;
    }

    /** The name of this algorithm in the JDK's {@link Signature}, for clients and tests that verify. */
    public String jdkSignatureName() {
        return jdkSignature;
    }

    public static Optional<SignatureAlgorithm> fromApiName(String name) {
        return name == null
                ? Optional.empty()
                : Optional.ofNullable(BY_NAME.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    /** An algorithm named in a URL path; an unknown name is 404. */
    public static SignatureAlgorithm named(String name) {
        return fromApiName(name)
                .orElseThrow(() -> new MastertradeException(
                        404,
                        UNSUPPORTED,
                        "No signature algorithm '" + name + "': this API signs with rsa-sha256 or ed25519"));
    }

    /**
     * The algorithm a request asks for with {@code Mastertrade-Accept-Signature: algorithm="ed25519"}; without
     * the header, {@link #DEFAULT}. A header that names no algorithm of ours is 406.
     */
    public static SignatureAlgorithm requested(String acceptHeader) {
        if (acceptHeader == null || acceptHeader.isBlank()) {
            return DEFAULT;
        }
        Optional<String> named;
        try {
            named = Optional.ofNullable(HeaderParameters.parse(acceptHeader).get("algorithm"));
        } catch (IllegalArgumentException e) {
            named = Optional.empty();
        }
        return named.flatMap(SignatureAlgorithm::fromApiName)
                .orElseThrow(() -> new MastertradeException(
                        406,
                        UNSUPPORTED,
                        AnswerSignature.ACCEPT_HEADER + " names no algorithm this API signs with: " + NAMES));
    }

    /** The prefix of this algorithm's key ids, as in {@code rsa-20261124-1a2b3c4d}. */
    String kidPrefix() {
        return kidPrefix;
    }

    abstract KeyPair generateKeyPair() throws GeneralSecurityException;

    /** The JCA name of this algorithm's keys: {@code RSA}, {@code Ed25519}. */
    String keyAlgorithm() {
        return keyAlgorithm;
    }

    /**
     * Signs with {@code key} in Java, where no native provider signs ({@link SigningProvider}); the signer is
     * safe to share between threads.
     */
    abstract Signer javaSigner(PrivateKey key);

    /** Who signs in {@link #javaSigner}: the JDK's provider, or BouncyCastle. */
    abstract String javaSignerName();

    PrivateKey privateKey(byte[] pkcs8) throws GeneralSecurityException {
        return KeyFactory.getInstance(keyAlgorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }

    /** A public key in the PEM ({@code -----BEGIN PUBLIC KEY-----}) form of the keys list. */
    public PublicKey publicKey(String pem) {
        String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance(keyAlgorithm)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a " + apiName + " public key in PEM", e);
        }
    }

    /** Signs the bytes of one answer. */
    @FunctionalInterface
    interface Signer {
        byte[] sign(byte[] body);
    }
}
