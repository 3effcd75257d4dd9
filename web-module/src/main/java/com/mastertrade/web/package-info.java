/**
 * The store's web layer, at the root context: the public JAX-RS API under {@code /api} and, later, the
 * JSF pages of the store, the customer area and the reseller admin. Resources are thin: they parse, check
 * the caller, delegate to the services of the ejb-module and map the answer. Subpackages mirror the
 * features of the ejb-module.
 */
package com.mastertrade.web;
