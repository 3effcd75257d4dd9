package com.mastertrade.licensing.signing;

import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Signatures made ready once ({@code initSign}) and reused by one thread at a time: a {@link Signature} is not thread-safe, and making one per answer costs a provider lookup and, with a
 * native provider, a copy of the key into native memory. The pool holds at most as many as ever signed at
 * once (the server's worker threads); a signature that failed is dropped, not reused.
 */
final class SignaturePool implements SignatureAlgorithm.Signer {

    /** Makes a signature ready to sign with the key. */
    @FunctionalInterface
    interface Maker {
        Signature make() throws GeneralSecurityException;
    }

    private final Deque<Signature> idle = new ConcurrentLinkedDeque<>();
    private final Maker maker;

    SignaturePool(Maker maker) {
        this.maker = maker;
    }

    @Override
    public byte[] sign(byte[] body) {
        Signature signature = idle.pollFirst();
        try {
            if (signature == null) {
                signature = maker.make();
            }
            signature.update(body);
            // sign() leaves the signature as initSign did, ready for the next body.
            byte[] signed = signature.sign();
            idle.offerFirst(signature);
            return signed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign with " + describe(signature), e);
        }
    }

    /** The providers of the ready signatures that wait, one per signature; for tests. */
    List<String> idleProviders() {
        return idle.stream().map(signature -> signature.getProvider().getName()).toList();
    }

    private static String describe(Signature signature) {
        return signature == null
                ? "a new signature"
                : signature.getAlgorithm() + " of " + signature.getProvider().getName();
    }
}
