/**
 * The audit log: who did which sensitive thing to what, and why. {@link com.mastertrade.audit.AuditTrail}
 * writes to the current tenant's log, or to the platform's log for operators' actions. Entries are only
 * ever added, in the same transaction as the action they describe.
 */
package com.mastertrade.audit;
