package com.mastertrade.licensing.signing;

/** A store's active key of one algorithm was replaced; fired inside the rotating transaction. */
public record SigningKeyRotated(String schema, SignatureAlgorithm algorithm, String retiredKid, String activeKid) {}
