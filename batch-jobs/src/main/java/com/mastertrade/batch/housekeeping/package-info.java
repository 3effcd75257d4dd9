/** Nightly clean-up of what has expired: spent or stale password reset links, idempotency keys over 24 h old. */
package com.mastertrade.batch.housekeeping;
