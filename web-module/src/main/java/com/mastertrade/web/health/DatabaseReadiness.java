package com.mastertrade.web.health;

import com.mastertrade.tenancy.PlatformStartup;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when every schema is migrated and the database answers within two seconds. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "jdbc/mastertrade")
    DataSource dataSource;

    @Inject
    PlatformStartup startup;

    @Override
    public HealthCheckResponse call() {
        boolean migrated = startup.isReady();
        boolean answers;
        try (Connection connection = dataSource.getConnection()) {
            answers = connection.isValid(2);
        } catch (SQLException e) {
            answers = false;
        }
        return HealthCheckResponse.named("database")
                .status(migrated && answers)
                .withData("migrated", migrated)
                .withData("reachable", answers)
                .build();
    }
}
