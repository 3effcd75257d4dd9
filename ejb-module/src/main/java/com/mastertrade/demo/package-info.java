/**
 * The demonstration store {@code demo}, created at start-up when {@code MT_DEMO=true}: a reseller
 * administrator, a customer, a few products and the sandbox payment provider, so that a fresh install can be
 * tried at once, purchase included. Never enabled in production.
 */
package com.mastertrade.demo;
