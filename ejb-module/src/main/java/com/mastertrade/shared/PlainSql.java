package com.mastertrade.shared;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * One statement on a connection of the pool, outside JPA and any transaction, for the reads on hot paths (the
 * licence API, the sign-out check). Callers name tables with their store's schema: a pooled connection's
 * {@code search_path} is whatever its last use left.
 */
@ApplicationScoped
public class PlainSql {

    @Resource(lookup = "jdbc/mastertrade")
    DataSource database;

    public <T> T run(String sql, Statement<T> work) {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            return work.run(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("The statement failed: " + e.getMessage(), e);
        }
    }

    /** What to do with the prepared statement: bind, execute, read. */
    @FunctionalInterface
    public interface Statement<T> {
        T run(PreparedStatement statement) throws SQLException;
    }
}
