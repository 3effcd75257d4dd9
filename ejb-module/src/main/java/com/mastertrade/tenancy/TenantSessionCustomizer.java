package com.mastertrade.tenancy;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.Login;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.server.ConnectionPool;
import org.eclipse.persistence.sessions.server.ServerSession;

/** Installs {@link TenantSchemaConnector} on every login of the persistence unit (see persistence.xml). */
public class TenantSessionCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        List<Login> logins = new ArrayList<>();
        logins.add(session.getDatasourceLogin());
        if (session instanceof ServerSession server) {
            if (server.getReadConnectionPool() != null) {
                logins.add(server.getReadConnectionPool().getLogin());
            }
            for (ConnectionPool pool : server.getConnectionPools().values()) {
                logins.add(pool.getLogin());
            }
        }
        logins.stream().distinct().forEach(TenantSessionCustomizer::wrap);
    }

    private static void wrap(Login login) {
        if (login instanceof DatasourceLogin datasourceLogin
                && !(datasourceLogin.getConnector() instanceof TenantSchemaConnector)) {
            datasourceLogin.setConnector(new TenantSchemaConnector(datasourceLogin.getConnector()));
        }
    }
}
