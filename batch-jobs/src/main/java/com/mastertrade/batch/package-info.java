/**
 * Jakarta Batch jobs (XML in {@code META-INF/batch-jobs}) and the timers that start them. A job that
 * touches tenant data walks the tenants and does each one in a transaction of its own, inside that
 * tenant's context.
 */
package com.mastertrade.batch;
