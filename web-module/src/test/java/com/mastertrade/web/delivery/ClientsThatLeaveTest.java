package com.mastertrade.web.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class ClientsThatLeaveTest {

    private static LogRecord severe(Throwable thrown) {
        LogRecord record =
                new LogRecord(Level.SEVERE, "Error while closing the output stream in order to commit response.");
        record.setThrown(thrown);
        return record;
    }

    @Test
    void aConnectionClosedByTheClientUnderJerseysWrapperIsNotReported() {
        assertThat(ClientsThatLeave.isLoggable(
                        severe(new UncheckedIOException(new IOException("Connection is closed")))))
                .isFalse();
        assertThat(ClientsThatLeave.isLoggable(severe(new IOException("Broken pipe"))))
                .isFalse();
        assertThat(ClientsThatLeave.isLoggable(
                        severe(new RuntimeException(new IOException("Connection reset by peer")))))
                .isFalse();
    }

    @Test
    void everyOtherReportStays() {
        assertThat(ClientsThatLeave.isLoggable(severe(new IOException("No space left on device"))))
                .isTrue();
        assertThat(ClientsThatLeave.isLoggable(severe(new IllegalStateException("Connection is closed"))))
                .isTrue();
        assertThat(ClientsThatLeave.isLoggable(severe(null))).isTrue();
    }
}
