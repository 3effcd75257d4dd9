/**
 * The keys that sign the licence API's answers, so that a WinDev program (or any client) can tell a real
 * answer of its reseller from a forged or replayed one. Each store has one active key pair per
 * {@link com.mastertrade.licensing.signing.SignatureAlgorithm} (RSA-2048/SHA-256 for WinDev, Ed25519 for others)
 * and keeps its retired ones listed, so that answers signed before a rotation still verify. Private keys are
 * stored sealed with the platform master key ({@link com.mastertrade.shared.SecretBox}) and live decrypted only
 * in memory ({@link com.mastertrade.licensing.signing.AnswerSigner}). Other features call
 * {@link com.mastertrade.licensing.signing.SigningKeys} and {@link com.mastertrade.licensing.signing.AnswerSigner};
 * the web layer decides which answers are signed.
 */
package com.mastertrade.licensing.signing;
