/**
 * What every resource of the store API needs to know about its caller: who, from where, in which language, and
 * whether the ids in the path are theirs to see ({@link com.mastertrade.web.shared.Owned}, checked first).
 */
package com.mastertrade.web.shared;
