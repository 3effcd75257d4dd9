package com.mastertrade.licensing;

/** A licence was locked for a change in the current transaction; caches forget it once the transaction ends. */
record LicenseChanged(LicenseKey key) {}
