/**
 * What every feature shares: the one application exception family (each carries its HTTP status and
 * error code), paging, clocks and small value types. Nothing here knows about a business feature.
 */
package com.mastertrade.shared;
