/**
 * The operators' console at {@code /operator}: Mastertrade's own staff open, list, suspend and resume
 * tenants. Platform-wide: no tenant context here except while provisioning a store.
 */
package com.mastertrade.operator;
