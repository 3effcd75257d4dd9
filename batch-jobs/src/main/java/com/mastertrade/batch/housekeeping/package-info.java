/** Nightly clean-up of what has expired: spent or stale password reset links. */
package com.mastertrade.batch.housekeeping;
