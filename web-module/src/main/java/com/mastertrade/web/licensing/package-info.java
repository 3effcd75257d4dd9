/**
 * The licence API's HTTP side that every licence call shares: its answers are signed
 * ({@link com.mastertrade.web.licensing.SignedAnswer}, {@link com.mastertrade.web.licensing.AnswerSigning}),
 * the public keys that verify them ({@code GET /api/license/keys}), and the administrator's key rotation.
 */
package com.mastertrade.web.licensing;
