/** Which store a request is for (host, {@code /t/{slug}} prefix or {@code X-Tenant}), and that tokens stay in their store. */
package com.mastertrade.web.tenancy;
