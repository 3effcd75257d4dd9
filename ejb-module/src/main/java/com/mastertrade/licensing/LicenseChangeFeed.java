package com.mastertrade.licensing;

import com.mastertrade.tenancy.PlatformStartup.PlatformReady;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens to PostgreSQL's announcements of committed licence changes (channel {@value #CHANNEL}, sent by the
 * tenant schemas' triggers with the licence key) and makes {@link LicenseCache} forget those licences. One
 * connection of the pool per node is held for it. When the connection fails, the cache stops remembering
 * until the feed listens again.
 */
@ApplicationScoped
public class LicenseChangeFeed {

    static final String CHANNEL = "mastertrade_licence_changes";
    private static final Logger LOG = Logger.getLogger(LicenseChangeFeed.class.getName());
    private static final int WAIT_MILLIS = 1_000;

    @Resource(lookup = "jdbc/mastertrade")
    DataSource database;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    LicenseCache cache;

    private volatile boolean running;
    private volatile Thread listener;

    void start(@Observes PlatformReady ready) {
        running = true;
        listener = threads.newThread(this::listen);
        listener.start();
    }

    /**
     * The application stops: the listener ends its wait and gives its connection back before the pool and the
     * cache go (else the pool closes the connection under it, and it tells a cache that is no longer there).
     */
    @PreDestroy
    void stop() {
        running = false;
        Thread stopping = listener;
        if (stopping != null) {
            try {
                stopping.join(2L * WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = database.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                PGConnection feed = connection.unwrap(PGConnection.class);
                cache.fed();
                while (running) {
                    PGNotification[] changes = feed.getNotifications(WAIT_MILLIS);
                    for (PGNotification change : changes == null ? new PGNotification[0] : changes) {
                        LicenseKey.parse(change.getParameter()).ifPresent(cache::forget);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                cache.unfed();
                LOG.log(Level.WARNING, "Licence change feed lost; validations read the database until it is back", e);
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
