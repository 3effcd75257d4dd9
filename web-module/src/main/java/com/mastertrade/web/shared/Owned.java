package com.mastertrade.web.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A path id naming a row of the store that the caller must be allowed to see: their own (or themselves), or any
 * of the store for support and admin staff; anyone else's is 404, as an unknown id is. {@link OwnedIds} looks it
 * up after the role check and before anything else of the call is read or checked (the body, the other
 * parameters), so that a wrong body never tells that someone else's id exists. Every numeric path id of the
 * store API carries it ({@code OwnedIdsTest} fails on one that does not).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Owned {

    Kind value();

    /** What the id names, and so how it is looked up. */
    enum Kind {
        LICENSE,
        ORDER,
        PRODUCT,
        RELEASE,
        USER
    }
}
