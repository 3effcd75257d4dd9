/**
 * The demonstration store {@code demo}, created at start-up when {@code MT_DEMO=true}: a reseller
 * administrator, a customer and a few products, so that a fresh install can be tried at once.
 * Never enabled in production.
 */
package com.mastertrade.demo;
