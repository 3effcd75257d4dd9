/**
 * The catalogue of the store API: customers browse published products ({@code /api/products}), the store's
 * staff manage them ({@code /api/admin/products}). Rules live in {@link com.mastertrade.catalog.Products}.
 */
package com.mastertrade.web.catalog;
