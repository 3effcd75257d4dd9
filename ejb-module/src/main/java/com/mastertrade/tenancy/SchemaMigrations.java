package com.mastertrade.tenancy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Flyway migrations of the {@code platform} schema and of each tenant schema. Flyway commits on its own,
 * so callers run this outside any container transaction. A PostgreSQL advisory lock per schema makes two
 * nodes (or two provisioning calls) wait for each other instead of racing on {@code CREATE SCHEMA}.
 */
@ApplicationScoped
public class SchemaMigrations {

    static final String PLATFORM_SCHEMA = "platform";
    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Resource(lookup = "jdbc/mastertrade")
    DataSource dataSource;

    public void migratePlatform() {
        migrate(PLATFORM_SCHEMA, "classpath:db/migration/platform");
    }

    public void migrateTenant(TenantSlug slug) {
        migrate(slug.schema(), "classpath:db/migration/tenant");
    }

    private void migrate(String schema, String location) {
        try (Connection lockHolder = dataSource.getConnection()) {
            lockHolder.setAutoCommit(true);
            advisoryLock(lockHolder, schema, true);
            try {
                try (Statement statement = lockHolder.createStatement()) {
                    statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
                }
                int applied = Flyway.configure(SchemaMigrations.class.getClassLoader())
                        .dataSource(dataSource)
                        .schemas(schema)
                        .locations(location)
                        .failOnMissingLocations(true)
                        .load()
                        .migrate()
                        .migrationsExecuted;
                if (applied > 0) {
                    LOG.info(() -> "Schema " + schema + ": " + applied + " migration(s) applied");
                }
            } finally {
                advisoryLock(lockHolder, schema, false);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not migrate schema " + schema, e);
        }
    }

    private static void advisoryLock(Connection connection, String schema, boolean lock) throws SQLException {
        String sql = lock ? "SELECT pg_advisory_lock(hashtext(?))" : "SELECT pg_advisory_unlock(hashtext(?))";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, "mastertrade-migrate:" + schema);
            statement.execute();
        }
    }
}
