package com.mastertrade.licensing.signing;

import com.mastertrade.shared.SecretBox;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One key pair of a store that signs licence answers. Its private half is kept sealed with the master key,
 * bound to the store's schema and the key id, so that it cannot be moved to another row or store. A key is
 * active until it is retired by a rotation; a retired key signs nothing but stays published.
 */
@Entity
@Table(name = "signing_keys")
@NamedQuery(name = "SigningKey.all", query = "select k from SigningKey k order by k.createdAt desc, k.kid")
@NamedQuery(
        name = "SigningKey.active",
        query = "select k from SigningKey k where k.algorithm = :algorithm and k.status = 'active'")
public class SigningKey {

    static final String ACTIVE = "active";
    static final String RETIRED = "retired";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private String kid;

    @Convert(converter = SignatureAlgorithmConverter.class)
    @Column(nullable = false, updatable = false)
    private SignatureAlgorithm algorithm;

    @Column(name = "public_key_pem", nullable = false, updatable = false)
    private String publicKeyPem;

    @Column(name = "private_key_encrypted", nullable = false)
    private byte[] privateKeyEncrypted;

    @Column(nullable = false)
    private String status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected SigningKey() {
        // for JPA
    }

    private SigningKey(
            String kid, SignatureAlgorithm algorithm, KeyPair pair, String schema, SecretBox secrets, Instant now) {
        this.kid = Objects.requireNonNull(kid, "Key id is required.");
        this.algorithm = Objects.requireNonNull(algorithm, "Algorithm is required.");
        this.publicKeyPem = pem(pair.getPublic().getEncoded());
        byte[] der = pair.getPrivate().getEncoded();
        this.privateKeyEncrypted = secrets.seal(der, associatedData(schema, kid));
        Arrays.fill(der, (byte) 0);
        this.status = ACTIVE;
        this.createdAt = Objects.requireNonNull(now, "Creation time is required.");
    }

    /** A new active key pair for the store of {@code schema}, its private half sealed. */
    static SigningKey generate(
            String kid, SignatureAlgorithm algorithm, String schema, SecretBox secrets, Instant now) {
        try {
            return new SigningKey(kid, algorithm, algorithm.generateKeyPair(), schema, secrets, now);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm.apiName() + " key generation is part of every JDK", e);
        }
    }

    /** A key id such as {@code rsa-20261124-1a2b3c4d}: algorithm, day of creation, 32 random bits. */
    static String newKid(SignatureAlgorithm algorithm, Instant now) {
        byte[] random = new byte[4];
        RANDOM.nextBytes(random);
        return algorithm.kidPrefix() + "-"
                + LocalDate.ofInstant(now, ZoneOffset.UTC).format(DateTimeFormatter.BASIC_ISO_DATE) + "-"
                + HexFormat.of().formatHex(random);
    }

    /** The private key, opened with the master key; in memory only. */
    PrivateKey privateKey(String schema, SecretBox secrets) {
        byte[] der = secrets.open(privateKeyEncrypted, associatedData(schema, kid));
        try {
            return algorithm.privateKey(der);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing key " + kid + " is not a " + algorithm.apiName() + " key", e);
        } finally {
            Arrays.fill(der, (byte) 0);
        }
    }

    /** Seals the private key again under the current master key if a previous one sealed it; true if it did. */
    boolean resealWithCurrentMasterKey(String schema, SecretBox secrets) {
        if (secrets.isSealedWithCurrentKey(privateKeyEncrypted)) {
            return false;
        }
        String associatedData = associatedData(schema, kid);
        byte[] der = secrets.open(privateKeyEncrypted, associatedData);
        privateKeyEncrypted = secrets.seal(der, associatedData);
        Arrays.fill(der, (byte) 0);
        return true;
    }

    /** The private key as stored: sealed. */
    byte[] sealedPrivateKey() {
        return privateKeyEncrypted.clone();
    }

    /** From now on the key signs nothing; it stays listed so that what it signed still verifies. */
    void retire(Instant now) {
        if (isActive()) {
            status = RETIRED;
            retiredAt = now;
        }
    }

    public boolean isActive() {
        return ACTIVE.equals(status);
    }

    public String kid() {
        return kid;
    }

    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    public String publicKeyPem() {
        return publicKeyPem;
    }

    /** {@code active} or {@code retired}. */
    public String status() {
        return status;
    }

    public Instant retiredAt() {
        return retiredAt;
    }

    /** What the sealed private key is, for the master key's associated data. */
    static String associatedData(String schema, String kid) {
        return "signing-key:" + schema + ":" + kid;
    }

    private static String pem(byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }
}
