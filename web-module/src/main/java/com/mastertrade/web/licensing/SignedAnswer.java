package com.mastertrade.web.licensing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every answer of the annotated resource class or method, errors included, carries a
 * {@code Mastertrade-Signature} over its exact body bytes, made with the store's active key of the algorithm
 * the request asks for ({@code Mastertrade-Accept-Signature: algorithm="ed25519"}; RSA by default).
 * Everything under {@code /api/license/} is signed without it; use it for signed answers elsewhere (an
 * offline licence file). {@link AnswerSigning} does the work; see there which store's key signs.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SignedAnswer {}
