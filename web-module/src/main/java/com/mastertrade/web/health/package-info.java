/**
 * MicroProfile Health checks: live while the JVM serves, ready once the database is migrated and answers; the
 * readiness answer also says which code signs licence answers.
 */
package com.mastertrade.web.health;
