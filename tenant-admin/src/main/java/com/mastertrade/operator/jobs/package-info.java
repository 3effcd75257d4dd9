/** The platform's batch jobs: start one now, see how the last runs went. */
package com.mastertrade.operator.jobs;
