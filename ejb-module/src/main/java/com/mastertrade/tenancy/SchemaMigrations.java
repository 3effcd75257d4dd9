package com.mastertrade.tenancy;

import com.mastertrade.shared.tenant.TenantSlug;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
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

    /**
     * Holds a cluster-wide lock on provisioning this slug until the returned lock is closed, or answers empty
     * when another request holds it. The lock is a PostgreSQL session advisory lock, freed by the database if
     * this node dies, so an interrupted provisioning can always be retried.
     */
    public Optional<ProvisioningLock> tryLockProvisioning(TenantSlug slug) {
        String key = "mastertrade-provision:" + slug.value();
        try {
            Connection holder = dataSource.getConnection();
            try (PreparedStatement statement = holder.prepareStatement("SELECT pg_try_advisory_lock(hashtext(?))")) {
                statement.setString(1, key);
                try (ResultSet result = statement.executeQuery()) {
                    if (result.next() && result.getBoolean(1)) {
                        return Optional.of(new ProvisioningLock(holder, key));
                    }
                }
            }
            holder.close();
            return Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not lock the provisioning of " + slug, e);
        }
    }

    /** The provisioning lock of one slug; closing it unlocks before the connection goes back to the pool. */
    public static final class ProvisioningLock implements AutoCloseable {

        private final Connection holder;
        private final String key;

        private ProvisioningLock(Connection holder, String key) {
            this.holder = holder;
            this.key = key;
        }

        @Override
        public void close() {
            try (Connection connection = holder;
                    PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(hashtext(?))")) {
                unlock.setString(1, key);
                unlock.execute();
            } catch (SQLException e) {
                LOG.warning(() -> "Could not release " + key + ": " + e.getMessage());
            }
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
