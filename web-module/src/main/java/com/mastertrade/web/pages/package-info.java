/**
 * What every page bean of every feature needs: the visitor's language and its remembered choice, messages,
 * dates, sizes, the address the visitor asked for with its parameters and {@code /t/<slug>} prefix, redirects
 * and the store's "page not found". Depends on no feature.
 */
package com.mastertrade.web.pages;
