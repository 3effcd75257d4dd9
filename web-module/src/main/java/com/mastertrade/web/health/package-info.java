/** MicroProfile Health checks: live while the JVM serves, ready once the database is migrated and answers. */
package com.mastertrade.web.health;
