package org.dialogues.schedule;

import org.dialogues.DialoguesException;

/** A schedule that cannot be added, found or run; the message is one line that says what to do. */
public final class ScheduleException extends DialoguesException {

    public ScheduleException(Category category, String message) {
        super(category, message);
    }

    public ScheduleException(Category category, String message, Throwable cause) {
        super(category, message, cause);
    }

    static ScheduleException invalid(String message) {
        return new ScheduleException(Category.INVALID_INPUT, message);
    }
}
