package org.dialogues.ingest;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Optional;

/**
 * What a failure while storing says, in one line without the SQL statement; and whether it ends
 * the whole import (the server stopped, its disk is full) rather than one article.
 */
final class StoreFailures {

    private StoreFailures() {
    }

    /** What happened to the database, when the failure means no further article can be stored. */
    static Optional<String> fatal(Throwable failure) {
        Optional<SQLException> sql = sqlException(failure);
        String state = sql.map(SQLException::getSQLState).orElse("");
        String detail = sql.map(StoreFailures::serverMessage).orElse(message(failure));
        if (state.equals("53100")) {
            return Optional.of("the database's disk is full (" + detail + ")");
        }
        if (state.startsWith("53")) {
            return Optional.of("the database server ran out of resources (" + detail + ")");
        }
        if (serverGone(failure)) {
            return Optional.of("the database server stopped or cannot be reached (" + detail + ")");
        }
        return Optional.empty();
    }

    /** The connection is lost or refused: nothing, not even the batch's counts, can be written now. */
    static boolean serverGone(Throwable failure) {
        String state = sqlException(failure).map(SQLException::getSQLState).orElse("");
        return state != null && (state.startsWith("08") || state.startsWith("57P")) || causedBy(failure, ConnectException.class);
    }

    /** The reason an article was not stored: the server's message, not the statement that failed. */
    static String oneLine(Throwable failure) {
        return sqlException(failure).map(StoreFailures::serverMessage).orElse(message(failure));
    }

    private static Optional<SQLException> sqlException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                // the driver's own exception (with the server's state) is innermost under the pool's
                SQLException inner = sql;
                while (inner.getCause() instanceof SQLException next) {
                    inner = next;
                }
                return Optional.of(inner.getSQLState() != null || sql.getSQLState() == null ? inner : sql);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }

    private static String serverMessage(SQLException e) {
        if (e instanceof org.postgresql.util.PSQLException psql && psql.getServerErrorMessage() != null
                && psql.getServerErrorMessage().getMessage() != null) {
            return psql.getServerErrorMessage().getMessage();
        }
        return message(e);
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String message(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
