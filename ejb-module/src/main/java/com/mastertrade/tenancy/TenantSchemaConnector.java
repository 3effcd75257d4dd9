package com.mastertrade.tenancy;

import com.mastertrade.shared.tenant.TenantContext;
import com.mastertrade.shared.tenant.TenantRef;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.sessions.Connector;
import org.eclipse.persistence.sessions.Session;

/**
 * Points every connection EclipseLink leases from the pool at the current tenant's schema. With an
 * external (container) pool EclipseLink calls {@link #connect} on every lease, so no connection ever
 * carries a previous tenant's {@code search_path}. Outside a tenant context the path is empty: an
 * unqualified table then fails loudly instead of reading some other schema.
 */
final class TenantSchemaConnector implements Connector {

    private static final long serialVersionUID = 1L;

    private final Connector pool;

    TenantSchemaConnector(Connector pool) {
        this.pool = pool;
    }

    @Override
    public Connection connect(Properties properties, Session session) {
        Connection connection = pool.connect(properties, session);
        String searchPath = TenantContext.current().map(TenantRef::schema).orElse("''");
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + searchPath);
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection, e);
            throw DatabaseException.sqlException(e);
        }
    }

    private static void closeQuietly(Connection connection, SQLException cause) {
        try {
            connection.close();
        } catch (SQLException closing) {
            cause.addSuppressed(closing);
        }
    }

    @Override
    public Object clone() {
        return new TenantSchemaConnector((Connector) pool.clone());
    }

    @Override
    public String getConnectionDetails() {
        return pool.getConnectionDetails() + " (tenant schema per lease)";
    }

    @Override
    public void toString(PrintWriter writer) {
        pool.toString(writer);
        writer.print(" (tenant schema per lease)");
    }
}
