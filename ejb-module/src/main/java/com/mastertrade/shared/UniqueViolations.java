package com.mastertrade.shared;

import java.sql.SQLException;

/** Recognises PostgreSQL's unique-constraint violation (SQLSTATE 23505) under any wrapping. */
public final class UniqueViolations {

    private UniqueViolations() {}

    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
