package org.dialogues.report;

import org.dialogues.DialoguesException;

/** A report cannot be made as asked (bad quarter, unknown party) or written; the message says why. */
public final class ReportException extends DialoguesException {

    public ReportException(Category category, String message) {
        super(category, message);
    }

    public ReportException(Category category, String message, Throwable cause) {
        super(category, message, cause);
    }
}
