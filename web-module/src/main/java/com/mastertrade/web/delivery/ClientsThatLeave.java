package com.mastertrade.web.delivery;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.io.IOException;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * A customer who cancels a download is no server error. {@link ReleaseBytes} ends quietly when the connection
 * goes, and logs the download incomplete; Jersey then closes the response and reports the closed connection
 * as SEVERE with a stack trace. This drops those reports, and only those: a record from Jersey's responder
 * whose cause is an {@link IOException} of a connection closed by the client.
 */
@WebListener
public class ClientsThatLeave implements ServletContextListener {

    static final String JERSEY_RESPONDER = "org.glassfish.jersey.server.ServerRuntime$Responder";

    /** Held here: the log manager keeps loggers weakly, and with them their filters. */
    private Logger responder;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        responder = Logger.getLogger(JERSEY_RESPONDER);
        responder.setFilter(ClientsThatLeave::isLoggable);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        responder.setFilter(null);
    }

    static boolean isLoggable(LogRecord record) {
        for (Throwable cause = record.getThrown(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException && isClosedByClient(cause.getMessage())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isClosedByClient(String message) {
        return message != null
                && (message.contains("Connection is closed")
                        || message.contains("Broken pipe")
                        || message.contains("Connection reset by peer"));
    }
}
