package org.dialogues.database;

import org.dialogues.DialoguesException;

/** The database cannot be reached, started or used; the message says what to do. */
public final class DatabaseException extends DialoguesException {

    public DatabaseException(Category category, String message) {
        super(category, message);
    }

    public DatabaseException(Category category, String message, Throwable cause) {
        super(category, message, cause);
    }
}
