/**
 * The products a store sells: their descriptions, prices per currency, installer releases and the terms of
 * the licences they come with ({@link com.mastertrade.catalog.LicenseTerms}). Other features read products
 * through {@link com.mastertrade.catalog.Products}.
 */
package com.mastertrade.catalog;
