/** Opening, listing, suspending and resuming tenants. */
package com.mastertrade.operator.tenants;
